-- Codes as ISO writes them (issue 18, item 8): 60.60 is the publication ("International Standard published").
-- Entry into force has no code of its own: the IN_FORCE stage keeps 60.60, its event dated by the
-- implementation date.
update stage_event set code = '60.60' where code = '60.00' and to_stage = 'PUBLISHED';
update standard set stage_code = '60.60' where stage_code = '60.00' and stage = 'PUBLISHED';
