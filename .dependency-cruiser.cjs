/** Layer rules: the domain stays pure; libraries never reach into the apps. Run by `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds deciders and policies: no Nest, no I/O, no other layer.',
      severity: 'error',
      from: { path: '^libs/domain/src' },
      to: {
        path: '^(apps|libs/(event-store|application|read-models|contracts|platform|demo))/|node_modules/(@nestjs|better-sqlite3|bullmq|ioredis|socket\\.io|@kurrent)',
      },
    },
    {
      name: 'no-node-io-in-domain',
      comment: 'Time, ids and seeds come in as arguments; the domain touches no file, network or clock module.',
      severity: 'error',
      from: { path: '^libs/domain/src' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|crypto|os|worker_threads)$' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'event-store-knows-no-domain',
      comment: 'The event store port and adapters store any event; they know nothing of the contest.',
      severity: 'error',
      from: { path: '^libs/event-store/src' },
      to: { path: '^libs/(domain|application|read-models|contracts|platform)/' },
    },
    {
      name: 'api-does-not-reach-into-worker-internals',
      comment: 'The api hosts the worker only through WorkerModule.',
      severity: 'error',
      from: { path: '^apps/api/src' },
      to: { path: '^apps/worker/src/(?!worker\\.module\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
