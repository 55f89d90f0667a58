-- The officer the current step is assigned to, kept on the dossier row beside the step's role, unit
-- and due time: the work queues then choose, sort and cut a page from the dossier table alone and
-- join only that page's dossiers to their steps (for the step's name), where they joined every
-- queued dossier before (the holder was part of the condition), work that grew with the queue.
ALTER TABLE dossier ADD COLUMN step_holder_id UUID;
UPDATE dossier SET step_holder_id = (SELECT s.holder_account_id FROM dossier_step s
                                     WHERE s.dossier_id = dossier.id AND s.position = dossier.step_index)
WHERE step_index IS NOT NULL;
-- The unit head's view finds assigned dossiers by this column now; the steps' index is not read.
DROP INDEX dossier_step_holder_idx;
