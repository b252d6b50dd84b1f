import { LIVE_KINDS as SERVER_KINDS } from '@tessera/live';
import { LIVE_KINDS } from '../src/live/live-kinds';

// The browser listens by event type: a kind the server streams but the client does not name
// would never refresh a page.
describe('the live event kinds of the web app', () => {
  it('are those the server streams', () => {
    expect([...LIVE_KINDS].sort()).toEqual(Object.keys(SERVER_KINDS).sort());
  });
});
