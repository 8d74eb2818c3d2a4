/// Why a license is excused from a rule in a cycle.
public enum Waiver: String, Sendable, Hashable {
  /// A certification the board accepts instead (``CertificationSubstitution``).
  case certification
  /// The first-renewal exemption (``FirstRenewalRule/Exemption``).
  case firstRenewal = "first-renewal"
}
