import Foundation
import XCTest
@testable import ParallaxTUI

/// The key tables are the one source of the keys: the README's tables are
/// made from them, and every context's keys reach the right component.
final class KeyTableTests: XCTestCase {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    func testTheReadmeKeyTablesAreTheKeyTables() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        for context in KeyTables.documented {
            let table = KeyTables.markdown(context)
            XCTAssertTrue(readme.contains(table + "\n"), "README.md lacks the table \(context.title); it should read:\n\(table)")
        }
        // No other key table is kept by hand.
        let headers = readme.components(separatedBy: "\n").filter { $0.hasPrefix("| keys |") }
        XCTAssertEqual(headers.count, KeyTables.documented.count, headers.joined(separator: "\n"))
        XCTAssertEqual(Set(KeyTables.documented), Set(KeyContext.allCases), "every context is documented")
    }

    func testMarkdownOfATable() {
        XCTAssertEqual(KeyTables.markdown(.global), """
            | keys | everywhere (but in an overlay) |
            | --- | --- |
            | `?` | Help: the keys of where you are, then these |
            | `Ctrl-L` | Redraw the screen |
            | `q` | Quit |
            """)
    }

    func testEachContextFallsBackToTheBrowseThenTheGlobalKeys() {
        XCTAssertEqual(KeyTables.action(for: .char("j"), in: .list), .moveDown)
        XCTAssertEqual(KeyTables.action(for: .char("/"), in: .reader), .search, "the browse keys work in the reader")
        XCTAssertEqual(KeyTables.action(for: .char("q"), in: .compare), .quit, "the global keys work in a mode")
        XCTAssertEqual(KeyTables.action(for: .char("q"), in: .help), .close, "q closes help")
        XCTAssertNil(KeyTables.action(for: .char("/"), in: .picker), "an overlay takes the keys it names, no more")
        XCTAssertEqual(KeyTables.action(for: .char("c"), in: .compare), .close, "c leaves the comparison")
    }

    func testTheHintBarNamesTheKeysDispatchReads() {
        XCTAssertEqual(KeyTables.hints(.outlets).map { "\($0.keys) \($0.text)" },
                       ["j/k move", "h/l outlet", "a corpus/event", "Enter open", "Esc back", "? help", "q quit"])
        XCTAssertEqual(KeyTables.hints(.picker).map { "\($0.keys) \($0.text)" }, ["Enter compare", "Esc cancel"])
        for context in KeyContext.allCases {
            for hint in KeyTables.hints(context) {
                let key = hint.keys == "/" ? "/" : hint.keys.split(separator: "/").first.map(String.init) ?? ""
                XCTAssertTrue(HelpState.rows(context).contains { $0.keys.map(\.label).contains(key) }, "\(context): \(key)")
            }
        }
    }

    func testPrintTables() {
        guard ProcessInfo.processInfo.environment["PRINT_KEY_TABLES"] != nil else { return }
        for context in KeyTables.documented { print(KeyTables.markdown(context) + "\n") }
    }
}
