import CCairo
import Foundation

/// The one pango font map every certificate is laid out with, at 72 dpi so a 12 pt font is 12 points
/// on the page (pango-cairo assumes 96 otherwise), and the lock that serialises its use: pango font
/// maps are not thread-safe, and making one per page would load the fonts again each time.
///
/// The families are named, with fallbacks in order, so the layout does not depend on whatever
/// fontconfig would pick: DejaVu (Latin, Greek, Cyrillic, Arabic) and Noto Sans CJK (Chinese,
/// Japanese, Korean), both Debian packages.
final class PDFFonts: @unchecked Sendable {
  /// The shared font map.
  static let shared = PDFFonts()

  /// Serif text (titles, the name), falling back to DejaVu Sans for Arabic and to Noto for CJK.
  static let serif = "DejaVu Serif,DejaVu Sans,Noto Sans CJK SC"
  /// Sans-serif text (the provider, the credit, the statements).
  static let sans = "DejaVu Sans,Noto Sans CJK SC"
  /// The certificate number.
  static let mono = "DejaVu Sans Mono"

  private let fontMap: UnsafeMutablePointer<PangoFontMap>
  private let lock = NSLock()

  private init() {
    fontMap = pango_cairo_font_map_new()
    // Pango's points are the page's points.
    pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
  }

  /// Runs `body` with a new pango context of the font map, holding the lock.
  func withContext<T>(_ body: (OpaquePointer) throws(CredentialError) -> T) throws(CredentialError) -> T {
    lock.lock()
    defer { lock.unlock() }
    let context = pango_font_map_create_context(fontMap)!
    defer { g_object_unref(UnsafeMutableRawPointer(context)) }
    pango_cairo_context_set_resolution(context, 72)
    return try body(context)
  }
}
