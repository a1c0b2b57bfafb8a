import Foundation
import GRDB
import GRDBSQLite

/// Parts of one blob of the index read alone (SQLite's incremental blob
/// I/O): a search shows twenty summaries of a snapshot whose main blob is
/// 26 MB at 100,000 articles, and reading it whole to get them took tens
/// of milliseconds. Valid within the read transaction `db` is in.
final class BlobReader {
    private var blob: OpaquePointer?
    /// The blob's length in bytes.
    let count: Int

    init(_ db: Database, table: String, column: String, row: Int64) throws {
        let code = sqlite3_blob_open(db.sqliteConnection, "main", table, column, row, 0, &blob)
        guard code == SQLITE_OK, let blob else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        count = Int(sqlite3_blob_bytes(blob))
    }

    deinit { sqlite3_blob_close(blob) }

    /// The bytes `range` of the blob; throws `ByteReader.Damaged` for a
    /// range outside it.
    func bytes(_ range: Range<Int>) throws -> Data {
        guard range.lowerBound >= 0, range.upperBound <= count, range.count <= Int(Int32.max) else {
            throw ByteReader.Damaged()
        }
        var data = Data(count: range.count)
        let code = data.withUnsafeMutableBytes { buffer in
            sqlite3_blob_read(blob, buffer.baseAddress, Int32(range.count), Int32(range.lowerBound))
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        return data
    }
}
