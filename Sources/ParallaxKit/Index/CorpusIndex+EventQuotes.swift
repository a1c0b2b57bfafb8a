import Foundation
import GRDB

/// The quotations each report of an event carries alone, kept per event:
/// finding them matches every report's quotations against the others'
/// (most of the outlets report's time), and after one file of a large
/// corpus changes nearly every event is as it was. An event is kept under
/// the hash of what the finding reads (`OutletReport.eventKey`), so a
/// changed event is found again and an unchanged one, in any corpus, is not.
extension CorpusIndex: EventQuotesStore {
    /// How many events' answers are kept before the unused are let go.
    static let eventQuotesKept = 500_000

    static func createEventQuotesTable(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS event_quotes (key INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    }

    func exclusiveQuotes(of keys: [UInt64]) -> [UInt64: [[Int]]] {
        let rows = blobs("SELECT data FROM event_quotes WHERE key = ?", keys.map { Int64(bitPattern: $0) })
        var found: [UInt64: [[Int]]] = [:]
        for (key, data) in rows {
            var r = ByteReader(data)
            guard let lists = try? (0..<(r.count())).map({ _ in try r.ints() }), r.isAtEnd else { continue }
            found[UInt64(bitPattern: key)] = lists
        }
        return found
    }

    /// Keeps `found`. Past `eventQuotesKept` rows, those not `used` now are
    /// let go: rows of events gone from every corpus, and other corpora's,
    /// which are found again when next needed (a cost, never a wrong
    /// answer). A row is a few dozen bytes: the cap is tens of megabytes.
    func keep(_ found: [UInt64: [[Int]]], used: Set<UInt64>) {
        try? pool.write { db in
            let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO event_quotes (key, data) VALUES (?, ?)")
            for (key, lists) in found {
                var w = ByteWriter()
                w.int(lists.count)
                for list in lists { w.ints(list) }
                try insert.execute(arguments: [Int64(bitPattern: key), w.data])
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM event_quotes") ?? 0
            guard total > max(Self.eventQuotesKept, 2 * used.count) else { return }
            let stale = try Int64.fetchAll(db, sql: "SELECT key FROM event_quotes")
                .filter { !used.contains(UInt64(bitPattern: $0)) }
            let delete = try db.makeStatement(sql: "DELETE FROM event_quotes WHERE key = ?")
            for key in stale { try delete.execute(arguments: [key]) }
        }
    }
}
