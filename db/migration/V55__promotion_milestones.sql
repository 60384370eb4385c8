-- Each quarter of a programme's enterprise target (25, 50, 75, 100 %) is announced once, across nodes.
create table promotion_milestone (
    programme_code  varchar(32) not null references programme (code),
    percent         integer     not null,
    reached_at      timestamp with time zone not null,
    enterprises     bigint      not null,
    primary key (programme_code, percent)
);
