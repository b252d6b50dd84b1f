// Loaded into the API by tools/bench (`node -r`): counts the queries the pg driver sends, each one
// round trip to PostgreSQL (a prepared statement's parse, bind and execute go out together), and
// answers the count so far on 127.0.0.1:$BENCH_ROUND_TRIPS_PORT.
const http = require('node:http');
const path = require('node:path');

const pg = require(require.resolve('pg', { paths: [path.resolve(__dirname, '..', '..')] }));
let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  count++;
  return query.apply(this, args);
};
const server = http.createServer((_request, response) => response.end(String(count)));
server.listen(Number(process.env.BENCH_ROUND_TRIPS_PORT), '127.0.0.1');
server.unref();
