import VigilSession

#if canImport(Glibc)
  import Glibc
#endif

/// How `vigil take` writes to the terminal: the width to wrap at and whether colour is allowed.
///
/// Colour only when standard output is a terminal, `TERM` is not `dumb` and `NO_COLOR` is unset or
/// empty, and never with `--plain`; never cursor movement or an alternate screen, so scrollback keeps
/// the whole session and a kill leaves the terminal as it was.
struct TerminalSettings {
  /// The style screens are rendered in.
  let style: ScreenStyle

  init(plain: Bool) {
    style = !plain && FileHandleOutput.standardOutput.allowsColor ? .colour : .plain
  }

  /// The width to wrap at: `COLUMNS`, else the terminal's, else 80; read again for every screen and
  /// question, so a resized window re-wraps on the next one.
  static var width: Int {
    // getenv, not ProcessInfo.environment, which copies the whole environment on every screen.
    if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), (20...1000).contains(columns) {
      return columns
    }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
    return 80
  }
}
