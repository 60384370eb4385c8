-- What an enterprise aligned with the standard it declares (issue 29): the guideline asks enterprises to align
-- research and development, delivery, operations and quality management with key standards. The names of
-- adoption.AlignedArea, comma-separated; absent for declarations made before.
alter table adoption add column aligned_areas varchar(200);
