// The app logs handled failures (injected faults, denied calls); tests assert on results.
process.env.OKR_COST_LOG = 'silent';
