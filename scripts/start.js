// `npm start`: the built server with the environment contract's defaults.
// On an empty database the server loads the demo event (unless SEED=none).
process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Room for logo uploads (2 MB cap in the service) without letting bodies grow unbounded.
process.env.BODY_SIZE_LIMIT ??= '4M';
process.env.DATABASE_PATH ??= 'data/extemin.db';

await import('../build/index.js');
console.log(`EXTEMIN Connect on ${process.env.ORIGIN}`);
