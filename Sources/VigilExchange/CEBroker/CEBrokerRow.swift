import VigilBase
import VigilBoards

/// One row of CE Broker's roster upload (its Excel layout, columns A to J), from a completion record,
/// its course's numbers and the board's codes:
///
/// | column | content |
/// |---|---|
/// | A | provider tracking number without `50-` |
/// | B | course tracking number without `20-` (empty when the course has none) |
/// | C | the course's own id, only when B is empty |
/// | D | publishing number: always empty (Vigil has no offerings) |
/// | E | license number |
/// | F | completion date, `M/D/YYYY` (`12/3/2008`) |
/// | G | `State=` and the board's state code |
/// | H | `Profession=` and the board's code for the license type |
/// | I | partial credit only: the subject-area code of the record's topic |
/// | J | partial credit only: the hours earned |
///
/// A record is partial credit when the board's rules award fewer hours than the approval states (its
/// minutes rounded down, for instance); then I and J are filled, else they are empty (full credit).
enum CEBrokerRow {
  /// The ten cells of a record's row.
  ///
  /// - Throws: ``ExchangeError/Code/usage`` naming the code the board file lacks.
  static func cells(_ record: CompletionRecord, numbers: CEBrokerNumbers, codes: CEBrokerCodes, board: String)
    throws(ExchangeError) -> [String]
  {
    guard let profession = codes.professions[record.licenseType] else {
      throw ExchangeError(
        .usage,
        "board \(board)'s file gives no CE Broker profession code for license type \(record.licenseType) "
          + "(certificate \(record.certificate)); add <profession licenseType=\"\(record.licenseType)\" code=\"…\"/> "
          + "to its <ceBroker> once the code is confirmed in a CE Broker provider account")
    }
    var subjectArea = ""
    var hours = ""
    if record.awardedHundredths < numbers.approvalHundredths {
      let areas = Set(record.topics.compactMap { codes.subjectAreas[$0] })
      guard areas.count == 1, let area = areas.first else {
        throw ExchangeError(
          .usage,
          areas.isEmpty
            ? "certificate \(record.certificate) earns partial credit (\(HoursText.format(hundredths: record.awardedHundredths)) "
              + "of \(HoursText.format(hundredths: numbers.approvalHundredths)) hours), and board \(board)'s file gives "
              + "no CE Broker subject-area code for its topics (\(record.topics.joined(separator: ", "))); add "
              + "<subjectArea topic=\"…\" code=\"…\"/> to its <ceBroker> once the code is confirmed"
            : "certificate \(record.certificate) earns partial credit in \(areas.count) CE Broker subject areas "
              + "(\(areas.sorted().joined(separator: ", "))), and a roster row has one; report it in CE Broker by hand")
      }
      subjectArea = area
      hours = HoursText.format(hundredths: record.awardedHundredths)
    }
    let day = record.completedOn
    return [
      numbers.provider, numbers.course ?? "", numbers.course == nil ? record.courseID : "", "", record.licenseNumber,
      "\(day.month)/\(day.day)/\(day.year)", "State=" + codes.state, "Profession=" + profession, subjectArea, hours,
    ]
  }
}
