import VigilBase
import VigilCourse

/// What a board needs to know about one license to decide which of its rules apply.
public struct LicenseProfile: Sendable, Hashable, Codable {
  /// The board's id, as its file in `Boards/` names it (e.g. `tx-bon`).
  public var boardID: String
  /// The license type, e.g. `RN`, `LVN`, `APRN`, `MD`.
  public var licenseType: String
  /// The license number as the board prints it.
  public var number: String
  /// The date the current license expires (the end of the current renewal cycle for most boards).
  public var expires: CalendarDate
  /// The date the license was first issued, when known (first-renewal exemptions and proration need it).
  public var issued: CalendarDate?
  /// Practice facts that decide which rules apply, e.g. `direct-patient-care`, `emergency-room`,
  /// `prescriptive-authority`, `older-adult-population`, `licensed-by-examination`, `national-certification`.
  public var attributes: Set<String>

  /// Creates a license profile.
  public init(
    boardID: String, licenseType: String, number: String, expires: CalendarDate, issued: CalendarDate? = nil,
    attributes: Set<String> = []
  ) {
    self.boardID = boardID
    self.licenseType = licenseType
    self.number = number
    self.expires = expires
    self.issued = issued
    self.attributes = attributes
  }

  /// The license key users type: `BOARD:TYPE:NUMBER`.
  public var key: String { "\(boardID):\(licenseType):\(number)" }
}
