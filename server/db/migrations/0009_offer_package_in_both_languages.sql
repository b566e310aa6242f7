-- An offer's package is written in both languages, as its title and reason are. A package written
-- before in one language stands for both until someone translates it.
UPDATE `offers` SET `package` = json_object('en', `package`, 'fa', `package`) WHERE `package` IS NOT NULL AND CASE WHEN json_valid(`package`) THEN json_type(`package`) <> 'object' ELSE 1 END;
