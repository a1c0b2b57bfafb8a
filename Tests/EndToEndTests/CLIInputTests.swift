import Foundation
import XCTest

/// What the CLI does with awkward input: paths given twice, folders it may
/// not read, ids that fit several articles, articles carrying control
/// characters, absurd widths, and the formats every command offers.
final class CLIInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-input-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("locked").path)
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheSamePathTwiceLoadsEachArticleOnce() throws {
        let result = try Binary.parallax("list", "corpus", "corpus/000_26996167448753e8.txt", "./corpus")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 5)
    }

    func testAnUnreadableFolderIsReportedAndTheRestLoads() throws {
        let open = folder.appendingPathComponent("open"), locked = folder.appendingPathComponent("locked")
        for sub in [open, locked] { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
        let story = "Harbour Strike Enters Second Week\n\nDock workers in Port Alden stayed off the job on Monday.\n"
        try story.write(to: open.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try story.write(to: locked.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        for path in [folder.path, open.path] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: open.appendingPathComponent("a.txt").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        // Root reads any folder: run the binary as nobody then.
        var command = [Binary.parallax, "list", folder.path]
        if getuid() == 0 {
            guard let setpriv = Binary.which("setpriv") else { throw XCTSkip("running as root without setpriv") }
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let result = try Binary.run(command[0], Array(command.dropFirst()))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] }, ["a"])
        XCTAssertTrue(result.stderr.contains("\(locked.path): cannot be read (folder cannot be read), skipped"), result.stderr)
    }

    func testAnIdSeveralArticlesStartWithSaysSo() throws {
        for command in [["show", "00"], ["quotes", "--article", "00"], ["entities", "--article", "00"]] {
            let result = try Binary.run(Binary.parallax, command)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderr, "parallax: 00 matches 5 articles; give more of the id (see `parallax list`)\n",
                           command.joined(separator: " "))
        }
    }

    func testControlCharactersInAnArticleNeverReachTheTerminal() throws {
        let text = "---\ntitle: A title that \u{1B}]0;renamed the window\u{07} once\n---\n"
            + "Harbour Strike Enters Second Week\n\nDock workers \u{1B}[2J cleared the screen and rang \u{07} the bell, "
            + "said Maria Okafor of Port Alden.\n"
        try text.write(to: folder.appendingPathComponent("ctl.txt"), atomically: true, encoding: .utf8)
        for command in [["show", "ctl", folder.path], ["list", folder.path], ["quotes", folder.path],
                        ["analyze", "--format", "text", folder.path]] {
            let result = try Binary.run(Binary.parallax, command)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, command.joined(separator: " "))
        }
        XCTAssertTrue(try Binary.parallax("show", "ctl", folder.path).stdout.contains("Dock workers [2J cleared the screen"))
    }

    func testWidthIsBounded() throws {
        let result = try Binary.parallax("compare", "000", "001", "--width", "99999999999")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--width must be between 40 and 1000 columns"), result.stderr)
        let wide = try Binary.run(Binary.parallax, ["outlets"], environment: ["COLUMNS": "5000000"])
        XCTAssertEqual(wide.status, 0, wide.stderr)
        let longest = wide.stdout.split(separator: "\n").map { (line: Substring) in line.count }.max() ?? 0
        XCTAssertLessThanOrEqual(longest, 1000)
    }

    func testShowAsJSONAndAnalyzeAsText() throws {
        let show = try Binary.parallax("show", "003", "--format", "json")
        XCTAssertEqual(show.status, 0, show.stderr)
        let record = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(record["id"] as? String, "003_e416bfcf59845068")
        XCTAssertEqual(record["outlet"] as? String, "RFE/RL")
        XCTAssertFalse((record["quotes"] as! [Any]).isEmpty)

        let analyze = try Binary.parallax("analyze", "--format", "text")
        XCTAssertEqual(analyze.status, 0, analyze.stderr)
        let rows = analyze.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        XCTAssertEqual(rows[0], ["article", "outlet", "date", "paragraphs", "entities", "quotes", "title"])
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(rows[4][0], "003_e416bfcf59845068")
        XCTAssertGreaterThan(Int(rows[4][5]) ?? 0, 0)

        let list = try Binary.parallax("list", "--format", "json")
        let articles = (try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [String: Any])["articles"] as! [[String: Any]]
        XCTAssertEqual(articles[0]["words"] as? Int, 992)
    }
}
