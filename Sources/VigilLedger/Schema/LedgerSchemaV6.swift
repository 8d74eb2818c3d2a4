/// The SQL of the sixth schema version, as literal text: a trusted provider's key set may grow. Like
/// the versions before it, it never changes once released.
///
/// Up to version 5 a trusted provider's row changed only by being removed, so a provider that rotated
/// its key (its published set then holds the new key beside the old one) had to be removed and trusted
/// again under another name. Its records then sat under two providers: a batch sent again counted a
/// second time, a correction under the new name could not replace a record the old name held, and the
/// heads seen under the old name no longer guarded its history. Now a provider the board still trusts
/// may be given a set that keeps every key it holds and adds more; the trigger refuses any other change
/// (a key dropped, another name, a removed provider changed).
enum LedgerSchemaV6 {
  static let providerKeyRotation = """
    DROP TRIGGER trusted_providers_only_removal;
    CREATE TRIGGER trusted_providers_removal_or_more_keys BEFORE UPDATE ON trusted_providers
      WHEN OLD.removed_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.name IS NOT OLD.name
        OR NEW.trusted_at IS NOT OLD.trusted_at OR (NEW.removed_at IS NULL) = (NEW.key_set IS OLD.key_set)
        OR EXISTS (
          SELECT 1 FROM json_each(OLD.key_set, '$.keys') kept
          WHERE json_extract(kept.value, '$.kid') NOT IN (
            SELECT json_extract(given.value, '$.kid') FROM json_each(NEW.key_set, '$.keys') given))
      BEGIN
        SELECT RAISE(ABORT, 'a trusted provider changes only by being removed, once, or by trusting more keys beside its own');
      END;
    """
}
