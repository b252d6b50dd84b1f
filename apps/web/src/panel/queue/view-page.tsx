import { StatusPage } from '../../shell/status-page';

// A saved view: /scp/views/{id}. None exist until the views API is in the API document.
export function ViewPage() {
  return <StatusPage kind="page-not-found" home="/scp/" />;
}
