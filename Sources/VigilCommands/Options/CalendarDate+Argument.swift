import ArgumentParser
import VigilBase

/// Dates on the command line are written exactly `YYYY-MM-DD`.
extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }
}
