import ArgumentParser
import VigilLedger

extension MonthDay: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }
}
