/// Who a rule applies to: licenses of one of some types that hold all of some attributes.
public struct Applicability: Sendable, Hashable {
  /// The license types; empty means every type of the board.
  public var licenseTypes: [String]
  /// The ``LicenseProfile/attributes`` a license must all hold, e.g. `direct-patient-care`.
  public var attributes: [String]

  /// Creates an applicability condition.
  public init(licenseTypes: [String] = [], attributes: [String] = []) {
    self.licenseTypes = licenseTypes
    self.attributes = attributes
  }

  /// Whether the condition holds for a license.
  public func holds(for license: LicenseProfile) -> Bool {
    includes(licenseType: license.licenseType) && attributes.allSatisfy { license.attributes.contains($0) }
  }

  /// Whether the license type is one of the condition's (attributes aside).
  public func includes(licenseType: String) -> Bool {
    licenseTypes.isEmpty || licenseTypes.contains(licenseType)
  }
}

extension Array where Element == Applicability {
  /// Whether any condition holds for the license; an empty list holds for every license.
  func holds(for license: LicenseProfile) -> Bool {
    isEmpty || contains { $0.holds(for: license) }
  }

  /// Whether any condition names the license type (attributes aside); an empty list names every type.
  func includes(licenseType: String) -> Bool {
    isEmpty || contains { $0.includes(licenseType: licenseType) }
  }
}
