import GRDB

extension Ledger {
  /// Runs `body` in one write transaction, like ``write(bulk:_:)``, but an error `body` throws that is not
  /// the ledger's own (a caller's parse error, say) comes back unchanged instead of as a storage error.
  /// Nothing is stored when anything throws.
  func writeCarrying<T>(bulk: Bool = false, _ body: (Database) throws -> T) throws -> T {
    var carried: (any Error)?
    do {
      return try write(bulk: bulk) { db in try Self.noting(&carried) { try body(db) } }
    } catch {
      throw carried ?? error
    }
  }

  /// Runs `body` in a read transaction, like ``read(_:)``, passing a caller's own errors through unchanged.
  func readCarrying<T>(_ body: (Database) throws -> T) throws -> T {
    var carried: (any Error)?
    do {
      return try read { db in try Self.noting(&carried) { try body(db) } }
    } catch {
      throw carried ?? error
    }
  }

  /// Runs `body`, keeping in `carried` an error it throws that is neither the ledger's nor SQLite's.
  private static func noting<T>(_ carried: inout (any Error)?, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as LedgerError {
      throw error
    } catch let error as DatabaseError {
      throw error
    } catch {
      carried = error
      throw error
    }
  }
}
