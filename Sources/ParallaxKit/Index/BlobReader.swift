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

    /// The bytes from `start` to `end` of the blob; throws
    /// `ByteReader.Damaged` for a stretch not within it (offsets read from
    /// a damaged part may be anything).
    func bytes(from start: Int, to end: Int) throws -> Data {
        guard start >= 0, start <= end, end <= count else { throw ByteReader.Damaged() }
        let range = start..<end
        var data = Data(count: range.count)
        let code = data.withUnsafeMutableBytes { buffer in
            sqlite3_blob_read(blob, buffer.baseAddress, Int32(range.count), Int32(range.lowerBound))
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        return data
    }
}
