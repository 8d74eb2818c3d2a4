import CCairo
import Foundation

/// One PDF page drawn with cairo into memory, and text laid out on it with pango: what
/// ``CertificatePDF`` draws with. Text is set as plain text (never pango markup), so a name or a
/// statement is drawn exactly as written, whatever characters it holds.
///
/// Coordinates are points from the top left corner.
final class PDFPage {
  /// A colour, each channel 0…1.
  struct Colour {
    var red: Double
    var green: Double
    var blue: Double
    var alpha: Double = 1
  }

  /// How a line of text sits in its box.
  enum Alignment {
    case left, centre

    var pango: PangoAlignment {
      switch self {
      case .left: PANGO_ALIGN_LEFT
      case .centre: PANGO_ALIGN_CENTER
      }
    }
  }

  /// The page's width and height in points.
  let width: Double
  let height: Double

  private let output: PDFOutput
  private let surface: OpaquePointer
  private let cairo: OpaquePointer
  private let context: OpaquePointer

  /// A page of `width` × `height` points whose document carries `metadata`, laid out with `context`
  /// (a pango context of ``PDFFonts``).
  init(
    width: Double, height: Double, metadata: [(cairo_pdf_metadata_t, String)], context: OpaquePointer
  ) throws(CredentialError) {
    self.width = width
    self.height = height
    self.context = context
    output = PDFOutput()
    let closure = Unmanaged.passUnretained(output).toOpaque()
    surface = cairo_pdf_surface_create_for_stream(PDFOutput.write, closure, width, height)
    for (key, value) in metadata { cairo_pdf_surface_set_metadata(surface, key, value) }
    cairo = cairo_create(surface)
    guard cairo_status(cairo) == CAIRO_STATUS_SUCCESS else {
      let reason = String(cString: cairo_status_to_string(cairo_status(cairo)))
      cairo_destroy(cairo)
      cairo_surface_destroy(surface)
      throw CredentialError(.storage, "cannot start the certificate's PDF (cairo: \(reason))")
    }
    pango_cairo_update_context(cairo, context)
  }

  deinit {
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  /// Draws `text` in a box `width` wide whose top is at `y` (wrapping at words), and returns the
  /// height it took. `font` is a pango font description without its size, e.g. `DejaVu Serif Bold`.
  @discardableResult
  func text(
    _ text: String, font: String, size: Double, x: Double, y: Double, width: Double,
    alignment: Alignment = .centre, colour: Colour, draw: Bool = true
  ) -> Double {
    let layout = pango_layout_new(context)!
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    let description = pango_font_description_from_string(font)!
    defer { pango_font_description_free(description) }
    pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
    pango_layout_set_font_description(layout, description)
    pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    pango_layout_set_alignment(layout, alignment.pango)
    pango_layout_set_text(layout, text, -1)
    var logicalHeight: Int32 = 0
    pango_layout_get_size(layout, nil, &logicalHeight)
    if draw {
      set(colour)
      cairo_move_to(cairo, x, y)
      pango_cairo_show_layout(cairo, layout)
    }
    return Double(logicalHeight) / Double(PANGO_SCALE)
  }

  /// Strokes a rectangle.
  func frame(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, colour: Colour) {
    set(colour)
    cairo_set_line_width(cairo, lineWidth)
    cairo_rectangle(cairo, x, y, width, height)
    cairo_stroke(cairo)
  }

  /// Draws a horizontal rule.
  func rule(x: Double, y: Double, width: Double, lineWidth: Double, colour: Colour) {
    set(colour)
    cairo_set_line_width(cairo, lineWidth)
    cairo_move_to(cairo, x, y)
    cairo_line_to(cairo, x + width, y)
    cairo_stroke(cairo)
  }

  /// Draws `text` on one line along the page's diagonal (bottom left to top right), centred on the page
  /// and sized to span `fraction` of the diagonal.
  func diagonal(_ text: String, font: String, fraction: Double, colour: Colour) {
    let layout = pango_layout_new(context)!
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    let description = pango_font_description_from_string(font)!
    defer { pango_font_description_free(description) }
    let diagonal = (width * width + height * height).squareRoot()
    func measure(_ size: Double) -> (width: Double, height: Double) {
      pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
      pango_layout_set_font_description(layout, description)
      var logicalWidth: Int32 = 0
      var logicalHeight: Int32 = 0
      pango_layout_get_size(layout, &logicalWidth, &logicalHeight)
      return (Double(logicalWidth) / Double(PANGO_SCALE), Double(logicalHeight) / Double(PANGO_SCALE))
    }
    pango_layout_set_text(layout, text, -1)
    let size = measure(20)
    let line = measure(20 * diagonal * fraction / size.width)
    cairo_save(cairo)
    cairo_translate(cairo, width / 2, height / 2)
    cairo_rotate(cairo, -atan2(height, width))
    pango_cairo_update_layout(cairo, layout)
    set(colour)
    cairo_move_to(cairo, -line.width / 2, -line.height / 2)
    pango_cairo_show_layout(cairo, layout)
    cairo_restore(cairo)
  }

  /// Ends the page and the document and returns the PDF's bytes.
  ///
  /// - Throws: ``CredentialError/Code/storage`` when cairo reports a failure.
  func finish() throws(CredentialError) -> [UInt8] {
    cairo_show_page(cairo)
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw CredentialError(
        .storage, "cannot draw the certificate's PDF (cairo: \(String(cString: cairo_status_to_string(status))))")
    }
    return output.bytes
  }

  private func set(_ colour: Colour) {
    cairo_set_source_rgba(cairo, colour.red, colour.green, colour.blue, colour.alpha)
  }
}

/// The bytes cairo writes, collected in memory.
private final class PDFOutput {
  var bytes: [UInt8] = []

  /// cairo's write function: appends to the ``PDFOutput`` the closure points at.
  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let output = Unmanaged<PDFOutput>.fromOpaque(closure).takeUnretainedValue()
    output.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
  }
}
