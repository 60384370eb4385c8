-- The interface language a user chose with ?lang=; null until they choose (the browser's then applies).
alter table app_user add column preferred_language varchar(8);
