-- Secret feed tokens (issue 16): feed readers and calendars cannot sign in, so each account may have one token
-- in the feeds' addresses. Only its SHA-256 is kept; rotating replaces it, revoking deletes it.
create table feed_token (
    username     varchar(64) primary key references app_user (username),
    token_sha256 char(64)    not null unique,
    created_at   timestamp with time zone not null
);
