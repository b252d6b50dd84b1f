// The agent's saved views (GET views). Until the views API is in the API document, there are none.
export function useViews(): { data: { id: string; name: string }[] | undefined } {
  return { data: undefined };
}
