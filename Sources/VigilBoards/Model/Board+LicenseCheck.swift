import VigilBase

extension Board {
  /// Checks that a license fits this board before it is stored: the board issues its type, and every
  /// practice attribute is one the board's rules read. A typo (`direct-patient-cares`) would otherwise
  /// silently drop a requirement from the transcript.
  ///
  /// - Throws: ``BoardError`` with `mismatch`, listing what the board knows.
  public func check(_ license: LicenseProfile) throws(BoardError) {
    guard license.boardID == id else {
      throw BoardError(.mismatch, "license \(Echo.quoted(license.key)) belongs to board \(Echo.quoted(license.boardID)), not \(id)")
    }
    guard licenseTypes.contains(license.licenseType.uppercased()) else {
      throw BoardError(
        .mismatch,
        "board \(id) does not issue \(Echo.quoted(license.licenseType)) licenses; its license types are "
          + licenseTypes.joined(separator: ", "))
    }
    let known = licenseAttributes
    if let unknown = license.attributes.sorted().first(where: { !known.contains($0) }) {
      let list = known.isEmpty ? "its rules read no attributes" : "the attributes its rules read are " + known.joined(separator: ", ")
      throw BoardError(.mismatch, "board \(id) has no practice attribute \(Echo.quoted(unknown)); \(list)")
    }
  }
}
