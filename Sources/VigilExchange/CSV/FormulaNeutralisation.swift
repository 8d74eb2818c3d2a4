/// Vigil's defence against CSV (formula) injection, after OWASP's rule: a spreadsheet takes a cell that
/// starts with `=`, `+`, `-`, `@`, tab or carriage return for a formula, so on export such a cell gets a
/// leading `'`, which spreadsheets show as text.
///
/// To keep every value whole through an export and Vigil's own import, a cell that starts with one or
/// more `'` followed by one of those characters gets one more `'` too, and the import removes exactly
/// one leading `'` from a cell that starts with one or more `'` followed by one of them. So
/// `=HYPERLINK("x")` is written `'=HYPERLINK("x")`, `'=1` is written `''=1`, and both read back as
/// they were; `'quoted'` and `O'Brien` are written and read unchanged.
public enum FormulaNeutralisation {
  /// The first characters that make a spreadsheet read a cell as a formula.
  public static let triggers: Set<UInt8> = [
    UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
  ]

  private static let apostrophe = UInt8(ascii: "'")

  /// Whether the value needs a leading `'` on export: it starts with zero or more `'` and then a trigger.
  public static func needsNeutralising(_ value: some Collection<UInt8>) -> Bool {
    guard let first = value.first(where: { $0 != apostrophe }) else { return false }
    return triggers.contains(first)
  }

  /// Whether an exported cell carries a neutralising `'`: it starts with one or more `'` and then a trigger.
  public static func isNeutralised(_ cell: some Collection<UInt8>) -> Bool {
    cell.first == apostrophe && needsNeutralising(cell)
  }

  /// The value an exported cell stands for: without its first `'` when it is neutralised.
  public static func restored(_ cell: String) -> String {
    isNeutralised(cell.utf8) ? String(cell.dropFirst()) : cell
  }
}
