-- Requests per caller and one-minute window, counted by every API replica (RateLimitFilter).
-- Unlogged: a count is worth nothing after a crash, and skipping the WAL keeps the per-request
-- upsert cheap. The key is a SHA-256 of the token's subject, client id or address, never the value.
create unlogged table rate_limit_windows (
    caller_key    text        not null,
    window_start  timestamptz not null,
    request_count integer     not null,
    primary key (caller_key, window_start)
);

-- The pruning job deletes by window.
create index rate_limit_windows_window_start_idx on rate_limit_windows (window_start);
