// Request logs would drown jest's output: integration tests log warnings and up
// unless LOG_LEVEL says otherwise (the logger reads it when first imported).
process.env.LOG_LEVEL ??= 'warn';
