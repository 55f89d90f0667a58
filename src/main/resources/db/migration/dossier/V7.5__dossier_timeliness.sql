-- How a dossier kept its deadline, stored when it ends (trước hạn / đúng hạn / quá hạn).
ALTER TABLE dossier ADD COLUMN timeliness VARCHAR(10);
