import Foundation
import Testing
import VigilTestSupport

/// Corrections and renewals through the binary: each is an event, and the ledger still verifies.
@Suite struct UpdateCommandTests {
  @Test func aCorrectedNameAndARenewedLicenseAreEventsThatVerify() throws {
    let home = TemporaryDirectory()
    func vigil(_ arguments: [String]) throws -> CommandResult {
      try CommandRunner.vigil(arguments + ["--home", home.path])
    }
    let boards = ["--boards", Repository.path("Boards")]
    #expect(try vigil(["learner", "add", "--name", "Ana Diaz", "--email", "ana@example.org"]).status == 0)
    let corrected = try vigil(["learner", "update", "1", "--name", "Ana Díaz", "--email", ""])
    #expect(corrected.output == "learner 1 is now: Ana Díaz\n", "\(corrected.error)")
    #expect(
      try vigil(["learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "1",
                 "--expires", "2027-01-31"] + boards).status == 0)
    let renewed = try vigil(
      ["learner", "license", "update", "--license", "tx-bon:RN:1", "--expires", "2029-01-31", "--attribute",
       "direct-patient-care"] + boards)
    #expect(renewed.output == "license tx-bon:RN:1 is now: expires 2029-01-31; direct-patient-care\n", "\(renewed.error)")
    let typo = try vigil(["learner", "license", "update", "--license", "tx-bon:RN:1", "--attribute", "direct-patient-cares"] + boards)
    #expect(typo.status == 2)
    #expect(typo.error.hasPrefix("error: board tx-bon has no practice attribute 'direct-patient-cares'"))
    let nothing = try vigil(["learner", "update", "1"])
    #expect(nothing.status == 2 && nothing.error.hasPrefix("Error: say what changes"))
    // ledger created, learner added, changed, license added, renewed: five events.
    let verify = try vigil(["ledger", "verify"])
    #expect(verify.status == 0)
    #expect(verify.output.contains("verifies: 5 events"))
    let show = try vigil(["learner", "show", "1"])
    #expect(show.output.hasPrefix("learner 1: Ana Díaz\nlicense tx-bon:RN:1: expires 2029-01-31; direct-patient-care\n"))
  }
}
