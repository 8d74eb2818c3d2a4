/// Where each part of a certificate goes on its page: a double border, the provider at the top, the
/// title, the learner's name, the course and date, the approvals and the credit in the middle (made
/// smaller until they fit), the number (and, for a re-issue, the number it replaces) and how to verify it
/// at the foot, and a stamp across everything for a sample or a certificate that no longer stands.
struct CertificateLayout {
  let page: PDFPage
  let wording: CertificateWording
  /// The text stamped along the diagonal, if any (``CertificatePDF/stamp``).
  let stamp: String?

  private static let navy = PDFPage.Colour(red: 0.11, green: 0.23, blue: 0.37)
  private static let gold = PDFPage.Colour(red: 0.69, green: 0.55, blue: 0.24)
  private static let ink = PDFPage.Colour(red: 0.13, green: 0.13, blue: 0.13)
  private static let grey = PDFPage.Colour(red: 0.35, green: 0.35, blue: 0.35)
  private static let stampColour = PDFPage.Colour(red: 0.78, green: 0.1, blue: 0.1, alpha: 0.25)

  /// The text column's left edge and width.
  private var left: Double { 72 }
  private var column: Double { page.width - 2 * left }
  /// The top of the foot (the number and the verification).
  private var footTop: Double { page.height - 104 }

  func draw() {
    page.frame(x: 22, y: 22, width: page.width - 44, height: page.height - 44, lineWidth: 3, colour: Self.navy)
    page.frame(x: 30, y: 30, width: page.width - 60, height: page.height - 60, lineWidth: 0.8, colour: Self.gold)
    let top = drawHeading()
    drawCredit(from: top + 14)
    drawFoot()
    if let stamp { drawStamp(stamp) }
  }

  /// The provider, the title, the name, the course and the date; returns where they end.
  private func drawHeading() -> Double {
    var y = 48.0
    y += page.text(
      wording.provider.uppercased(), font: "\(PDFFonts.sans) Bold", size: 13, x: left, y: y, width: column,
      colour: Self.navy)
    if !wording.providerAddress.isEmpty {
      y += page.text(
        wording.providerAddress, font: PDFFonts.sans, size: 9.5, x: left, y: y + 1, width: column, colour: Self.grey)
        + 1
    }
    y += 8
    y += page.text(
      "Certificate of Completion", font: "\(PDFFonts.serif) Bold", size: 32, x: left, y: y, width: column,
      colour: Self.navy)
    page.rule(x: page.width / 2 - 60, y: y + 5, width: 120, lineWidth: 1.2, colour: Self.gold)
    y += 16
    y += page.text(
      "This certifies that", font: "\(PDFFonts.serif) Italic", size: 12, x: left, y: y, width: column,
      colour: Self.grey)
    y += page.text(
      wording.learner, font: "\(PDFFonts.serif) Bold", size: 28, x: left, y: y + 2, width: column, colour: Self.ink)
    page.rule(x: page.width / 2 - 210, y: y + 5, width: 420, lineWidth: 0.6, colour: Self.grey)
    y += 12
    y += page.text(
      "has successfully completed the continuing-education activity", font: "\(PDFFonts.serif) Italic", size: 12,
      x: left, y: y, width: column, colour: Self.grey)
    y += page.text(
      wording.course, font: "\(PDFFonts.serif) Bold", size: 17, x: left, y: y + 3, width: column, colour: Self.ink)
    y += 3
    y += page.text(
      "\(wording.courseLine) · \(wording.completed)", font: PDFFonts.sans, size: 10, x: left, y: y + 2,
      width: column, colour: Self.ink)
    return y + 2
  }

  /// The approvals with their statements and each license's credit, at the largest size that fits
  /// above the foot (11 pt down to 6).
  private func drawCredit(from top: Double) {
    page.rule(x: left, y: top - 6, width: column, lineWidth: 0.5, colour: Self.gold)
    let room = footTop - 8 - top
    var size = 11.0
    while size > 6, credit(at: size, top: top, draw: false) > room { size -= 0.5 }
    // A third of the room it does not need above it, so a short block does not leave the foot stranded.
    let height = credit(at: size, top: top, draw: false)
    _ = credit(at: size, top: top + max(0, (room - height) / 3), draw: true)
  }

  /// Lays out (and draws) the credit block at `size`; returns its height.
  private func credit(at size: Double, top: Double, draw: Bool) -> Double {
    var y = top
    for approval in wording.approvals {
      y += page.text(
        approval.heading, font: "\(PDFFonts.sans) Bold", size: size, x: left, y: y, width: column, colour: Self.navy,
        draw: draw)
      y += page.text(
        approval.statement, font: PDFFonts.sans, size: size - 0.5, x: left, y: y + 1, width: column,
        colour: Self.ink, draw: draw) + 5
    }
    y += 2
    for line in wording.credits {
      y += page.text(
        line, font: "\(PDFFonts.sans) Bold", size: size, x: left, y: y, width: column, colour: Self.ink, draw: draw)
    }
    return y - top
  }

  /// The number at the left of the foot and how to verify it at the right.
  private func drawFoot() {
    page.rule(x: left, y: footTop, width: column, lineWidth: 0.5, colour: Self.gold)
    let y = footTop + 10
    page.text(
      "CERTIFICATE NUMBER", font: "\(PDFFonts.sans) Bold", size: 7.5, x: left, y: y, width: 230, alignment: .left,
      colour: Self.grey)
    page.text(
      wording.number, font: "\(PDFFonts.mono) Bold", size: 17, x: left, y: y + 11, width: 230, alignment: .left,
      colour: Self.navy)
    page.text(
      "Issued by \(wording.provider)", font: PDFFonts.sans, size: 8, x: left, y: y + 33, width: 230,
      alignment: .left, colour: Self.grey)
    if let replaces = wording.replaces {
      page.text(
        replaces, font: PDFFonts.sans, size: 8, x: left, y: y + 44, width: 230, alignment: .left, colour: Self.grey)
    }
    let textLeft = left + 250
    page.text(
      wording.verification, font: PDFFonts.sans, size: 8, x: textLeft, y: y, width: page.width - left - textLeft,
      alignment: .left, colour: Self.grey)
  }

  /// The stamp, along the page's diagonal.
  private func drawStamp(_ text: String) {
    page.diagonal(text, font: "\(PDFFonts.sans) Bold", fraction: 0.66, colour: Self.stampColour)
  }
}
