import Foundation
import XCTest

/// `list --unread` and `list --format json`'s "read" read what the reader
/// keeps in `$XDG_DATA_HOME/parallax/reading.json`, and never write it.
final class ReadMarksCLITests: XCTestCase {
    private var dataHome: URL!

    override func setUpWithError() throws {
        dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataHome.appendingPathComponent("parallax"), withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dataHome) }

    private var file: URL { dataHome.appendingPathComponent("parallax/reading.json") }

    private func list(_ arguments: String...) throws -> Binary.Result {
        try Binary.run(Binary.parallax, ["list"] + arguments, environment: ["XDG_DATA_HOME": dataHome.path])
    }

    /// FNV-1a 64 of a file's bytes: an article's key when the file is plain UTF-8 text.
    private func key(_ name: String) throws -> String {
        let data = try Data(contentsOf: Binary.packageRoot.appendingPathComponent("corpus/\(name).txt"))
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func testListUnreadLeavesOutWhatTheReaderMarkedRead() throws {
        let id = "001_9d03374667c5d45e"
        let json = """
            {"version": 1, "articles": [{"hash": "\(try key(id))", "id": "\(id)", "read": true, "place": 120}]}
            """
        try Data(json.utf8).write(to: file)

        let unread = try list("--unread")
        XCTAssertEqual(unread.status, 0, unread.stderr)
        XCTAssertEqual(unread.stderr, "")
        let ids = unread.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        XCTAssertEqual(ids.count, 4)
        XCTAssertFalse(ids.contains(id))

        let all = try list("--format", "json")
        let articles = (try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [String: Any])["articles"] as! [[String: Any]]
        XCTAssertEqual(articles.map { $0["read"] as? Bool }, [false, true, false, false, false])
        let onlyUnread = try list("--unread", "--format", "json")
        XCTAssertEqual(((try JSONSerialization.jsonObject(with: Data(onlyUnread.stdout.utf8)) as! [String: Any])["articles"]
                        as! [[String: Any]]).count, 4)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), json, "the command line never writes the file")
    }

    func testNoFileMeansNothingReadAndACorruptOneIsAWarningLeftInPlace() throws {
        XCTAssertEqual(try list("--unread").stdout.split(separator: "\n").count, 5)
        try Data("{ not json".utf8).write(to: file)
        let result = try list("--unread")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 5)
        XCTAssertTrue(result.stderr.hasPrefix("parallax: warning: ") && result.stderr.contains("reading.json is not valid"),
                      result.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "{ not json")
        XCTAssertEqual(try list("--unread", "--quiet").stderr, "")
    }
}
