import Foundation
import XCTest

/// The reader in a real terminal: tmux runs a shell, the test types into it
/// with send-keys and reads the screen with capture-pane.
final class TmuxTests: XCTestCase {
    private var socket = ""
    private var tmux = ""
    /// The reader's XDG_DATA_HOME: its own for each test, never the real one.
    private var dataHome = FileManager.default.temporaryDirectory

    override func setUpWithError() throws {
        guard let tmux = Binary.which("tmux") else { throw XCTSkip("tmux is not installed (make test installs it)") }
        self.tmux = tmux
        socket = "parallax-test-\(UUID().uuidString.prefix(8))"
        dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-data-\(socket)")
        try run("new-session", "-d", "-s", "main", "-x", "120", "-y", "30", "-c", Binary.packageRoot.path,
                "env -i PATH=/usr/bin:/bin HOME=/tmp XDG_DATA_HOME=\(dataHome.path) XDG_CACHE_HOME=\(Binary.cacheHome) TERM=screen-256color LANG=C.UTF-8 PS1='$ ' bash --norc --noprofile")
        try waitFor { $0.contains("$") }
    }

    override func tearDown() {
        _ = try? Binary.run(tmux, ["-L", socket, "kill-server"])
        try? FileManager.default.removeItem(at: dataHome)
        // What the shell wrote as each reader exited, read or not.
        for file in exitFiles { try? FileManager.default.removeItem(atPath: file) }
    }

    @discardableResult
    private func run(_ arguments: String...) throws -> String {
        try Binary.run(tmux, ["-L", socket] + arguments).stdout
    }

    private func screen() throws -> String { try run("capture-pane", "-p", "-t", "main") }

    private func type(_ keys: String...) throws { try Binary.run(tmux, ["-L", socket, "send-keys", "-t", "main"] + keys) }

    /// Waits (up to 10 s) until the screen satisfies `condition`; fails with the screen otherwise.
    private func waitFor(_ what: String = "", seconds: Int = 10, file: StaticString = #filePath, line: UInt = #line,
                         _ condition: (String) -> Bool) throws {
        for _ in 0..<(seconds * 10) {
            if condition(try screen()) { return }
            usleep(100_000)
        }
        XCTFail("screen never showed \(what):\n\(try screen())", file: file, line: line)
        throw XCTSkip("giving up after the failure above")
    }

    private var sttyFile = ""
    private var statusFile = ""
    private var exitFiles: [String] = []
    private var exitMarker = ""

    /// Starts the reader from a non-interactive sh that records the tty modes
    /// the moment the reader exits. (An interactive bash would repair the
    /// modes itself after a job dies from a signal, hiding a broken exit.)
    private func startReader(_ arguments: String = "", environment: String = "",
                             showing first: String = "Parallax · 5 articles") throws {
        let id = UUID().uuidString.prefix(8)
        sttyFile = FileManager.default.temporaryDirectory.appendingPathComponent("stty-\(id)").path
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("status-\(id)").path
        exitFiles += [sttyFile, statusFile]
        exitMarker = "reader-exited-\(id)"
        try type("\(environment) sh -c '\(Binary.parallax) \(arguments); echo $? > \(statusFile); stty -a > \(sttyFile); echo \(exitMarker)'",
                 "Enter")
        try waitFor("the reader") { $0.contains(first) && $0.contains("q quit") }
    }

    /// The reader has exited, its screen is gone and the tty modes it left are the normal ones.
    private func assertTerminalRestored(file: StaticString = #filePath, line: UInt = #line) throws {
        // The marker is echoed on a line of its own after stty has written the modes.
        try waitFor("the shell") { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == self.exitMarker }
                && !screen.contains("Parallax · ")
        }
        let modes = try String(contentsOfFile: sttyFile, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: sttyFile)
        let tokens = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for mode in ["icanon", "echo", "icrnl", "isig", "opost"] {
            XCTAssertTrue(tokens.contains(mode) && !tokens.contains("-\(mode)"), "\(mode) not restored: \(modes)",
                          file: file, line: line)
        }
    }

    func testOpenMoveSearchResizeAndQuit() throws {
        try startReader()
        var s = try screen()
        XCTAssertTrue(s.contains("▶ Trump Hails Relations With Russia"))
        XCTAssertTrue(s.contains("│ Trump Hails Relations With Russia, Says Moscow 'Very Heavily Sanctioned'"))

        try type("j")
        try waitFor("the second article") { $0.contains("▶ Trump, Putin Say U.S.-Russia") && $0.contains("Article 2/5") }
        s = try screen()
        XCTAssertTrue(s.contains("│ Trump, Putin Say U.S.-Russia Agreement On Syria Will Save Many Lives,"))

        // Tab first: / in the reader searches the article (in the list it filters the list).
        try type("Tab")
        try waitFor("the reader focused") { $0.contains("[reader]") }
        try type("/", "lavrov", "Enter")
        try waitFor("the match") { $0.contains("1/1 match “lavrov”") && $0.contains("[reader]") }
        XCTAssertTrue(try screen().contains("Foreign Minister Sergei Lavrov"))

        try type("e")
        try waitFor("the entities pane") { $0.contains("Entities · this article") && $0.contains("▶ Donald Trump") }
        try type("Escape")
        try waitFor("the article list again") { $0.contains("▶ Trump, Putin Say") }
        try type("Tab")
        try waitFor("the reader focused") { $0.contains("[reader]") && $0.contains("Lavrov") }

        try type("?")
        try waitFor("help") { $0.contains("Keys") && $0.contains("Switch between list and reader") }
        try type("Escape")
        try waitFor("help closed") { !$0.contains("Switch between list and reader") }

        try run("resize-window", "-t", "main", "-x", "60", "-y", "20")
        try waitFor("one pane at 60 columns") { s in
            let rows = s.split(separator: "\n", omittingEmptySubsequences: false)
            return !s.contains("│ ") && rows.count >= 20 && s.contains("Lavrov")
        }
        try run("resize-window", "-t", "main", "-x", "120", "-y", "30")
        try waitFor("two panes again") { $0.contains("▶ Trump, Putin Say") && $0.contains("Lavrov") }

        try type("q")
        try assertTerminalRestored()
        XCTAssertEqual(try exitStatus(), 0)
    }

    func testQuotesAndSpeakersInARealTerminal() throws {
        try startReader()
        try type("]", "]")
        try waitFor("the second quote and its speaker") { $0.contains("quote: Donald Trump, said") && $0.contains("[reader]") }
        try type("}")
        try waitFor("a quote by someone else") { $0.contains("quote: Kim Jong Un, called") && $0.contains("lunatic old man") }
        try type("s")
        try waitFor("the speakers pane") { $0.contains("Speakers · this article") && $0.contains("▶ Donald Trump") }
        try type("a", "j", "Enter")
        try waitFor("the second speaker's first quote") { $0.contains("[reader]") && $0.contains("quote: Vladimir Putin") }
        try type("n")
        try waitFor("their next quote") { $0.contains("Vladimir Putin 2/") }
        try type("q")
        try assertTerminalRestored()
    }

    func testSlashInTheListFiltersItThroughTheIndex() throws {
        try startReader()
        try type("/")
        try waitFor("the filter prompt") { $0.contains(" filter: █") && $0.contains("Enter filter") }
        try type("lavrov", "Enter")
        // Two of the five name Lavrov; the first is selected and shown, searched for the word.
        try waitFor("the list filtered") { s in
            s.contains("Parallax · filter: lavrov · 2 of 5 · by event") && s.contains("▶ Trump, Putin Say U.S.-Russia")
                && s.contains("Is Trump Scared of Putin?") && !s.contains("Trump Hails Relations")
        }
        try type("n")
        try waitFor("the match in the article") { $0.contains("1/1 match “lavrov”") && $0.contains("[reader]") }
        XCTAssertTrue(try screen().contains("Foreign Minister Sergei Lavrov"))
        // A bad token leaves the list as it was.
        try type("Tab", "/", " from:yesterday", "Enter")
        try waitFor("the bad token named") { $0.contains("from: takes a day as YYYY-MM-DD") && $0.contains("2 of 5") }
        // Esc in the list: the filter goes, every article is back.
        try type("Escape")
        try waitFor("every article again") { $0.contains("Parallax · 5 articles · by event") && $0.contains("Trump Hails Relations") }
        try type("q")
        try assertTerminalRestored()
    }

    /// The reader's exit status, once it has exited (after `assertTerminalRestored`).
    private func exitStatus() throws -> Int {
        let text = try String(contentsOfFile: statusFile, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: statusFile)
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The reader's process id: the child of the `sh -c` under the pane's shell.
    private func readerPID() throws -> String {
        let shell = try run("list-panes", "-t", "main", "-F", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let pgrep = Binary.which("pgrep") ?? "/usr/bin/pgrep"
        let sh = try Binary.run(pgrep, ["-P", shell]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try Binary.run(pgrep, ["-P", sh]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertFalse(pid.isEmpty, "no reader process under the shell")
        return pid
    }

    func testSignalsRestoreTheTerminal() throws {
        // QUIT is what Ctrl-\\ sends the reader (here sent to it alone: from the keyboard the
        // whole foreground group gets it, this test's `sh -c` wrapper too).
        for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
            try startReader()
            try Binary.run("/bin/kill", ["-\(signal)", try readerPID()])
            try assertTerminalRestored()
            XCTAssertEqual(try exitStatus(), 128 + number, "SIG\(signal): 128 + the signal")
        }
    }

    func testCtrlLRedraws() throws {
        try startReader()
        try type("C-l")
        try waitFor("the reader redrawn") { $0.contains("▶ Trump Hails Relations With Russia") && $0.contains("q quit") }
        try type("q")
        try assertTerminalRestored()
    }

    /// Types an X10 mouse report (ESC [ M button x y, each plus 32, 1-based
    /// coordinates) into the pane, as the terminal would on a click or wheel.
    private func mouse(button: Int, x: Int, y: Int) throws {
        let bytes = [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y].map { String($0, radix: 16) }
        try Binary.run(tmux, ["-L", socket, "send-keys", "-t", "main", "-H"] + bytes)
    }

    /// Whether the program in the pane asked the terminal for mouse reports
    /// (tmux's pane flags for standard and any-motion mouse modes).
    private func mouseReporting() throws -> String {
        try run("display-message", "-p", "-t", "main", "#{mouse_standard_flag} #{mouse_any_flag}")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testCompareTwoReportsSideBySideThenStacked() throws {
        try startReader()
        try type("c")
        try waitFor("the picker") { $0.contains("Compare “Trump Hails Relations") && $0.contains("▶ RFE/RL · 2017-11-11") }
        try type("Enter")
        try waitFor("two columns") { s in
            s.contains("comparing two reports") && s.contains("▶A RFE/RL · 2017-11-12")
                && s.contains("│ — not in B —") && s.contains("Row 1/")
        }
        try type("]", "]")
        try waitFor("the third difference") { $0.contains("difference 3/") }
        try type("Tab")
        try waitFor("side B") { $0.contains("▶B RFE/RL · 2017-11-11") && $0.contains("Enter opens B") }
        // Under 100 columns the reports stack: each row's A text over its B text.
        try run("resize-window", "-t", "main", "-x", "90", "-y", "30")
        try waitFor("stacked") { s in
            s.split(separator: "\n").contains { $0.hasPrefix("> B ") || $0.hasPrefix("< A ") } && !s.contains("│ — not in")
        }
        try type("Enter")
        try waitFor("the report opened") { $0.contains("[reader]") && !$0.contains("comparing two reports") }
        try type("Escape")
        try waitFor("back in the comparison") { $0.contains("comparing two reports") }
        try type("q")
        try assertTerminalRestored()
    }

    func testOutletsSideBySideInARealTerminal() throws {
        try startReader()
        try type("o")
        try waitFor("three outlets side by side") { s in
            s.contains("outlets, whole corpus") && s.split(separator: "\n").contains { line in
                line.contains("RFE/RL") && line.contains("Newsweek") && line.contains("ZeroHedge")
            }
        }
        try type("l")
        try waitFor("Newsweek's first speaker") { $0.contains("quotes in Newsweek") || $0.contains("quote in Newsweek") }
        try type("a")
        try waitFor("the event's outlets") { $0.contains("outlets in e1") }
        try type("G")
        try waitFor("who quoted whom") { $0.contains("Who quoted whom") }
        try type("Enter")
        try waitFor("the reader") { $0.contains("[reader]") && !$0.contains("outlets in e1") }
        // Esc lets go of what Enter followed (a speaker, its quotation), then comes back.
        for _ in 0..<3 where !(try screen().contains("outlets in e1")) {
            try type("Escape")
            usleep(300_000)
        }
        try waitFor("back in the outlets view") { $0.contains("outlets in e1") }
        try run("resize-window", "-t", "main", "-x", "80", "-y", "24")
        try waitFor("two outlets at 80 columns") { $0.contains("(h/l for more)") }
        try type("q")
        try assertTerminalRestored()
    }

    func testMouseClickSelectsAndWheelScrolls() throws {
        try startReader()
        XCTAssertNotEqual(try mouseReporting(), "0 0", "the reader turns mouse reports on")
        // Rows: the header, the event's heading (two rows), then two rows an article.
        try mouse(button: 0, x: 5, y: 8)  // press on the third article's second row
        try mouse(button: 3, x: 5, y: 8)  // release
        try waitFor("the third article selected") { $0.contains("▶ Trump \"Chats Amicably\"") && $0.contains("Article 3/5") }
        try mouse(button: 65, x: 60, y: 10)  // wheel down over the reader
        // Three lines down the title and the metadata line are gone: the legend is on top.
        try waitFor("the reader scrolled") { $0.split(separator: "\n")[1].hasSuffix("│ person  organisation  place  ┃ quote") }
        try type("q")
        try assertTerminalRestored()
    }

    func testWhatWasReadAndWhereIsKeptForTheNextRun() throws {
        try startReader()
        // Every article unread: a dot before each outlet.
        XCTAssertTrue(try screen().contains("• RFE/RL · 2017-11-12"))
        // The second article: open it, scroll it six lines.
        try type("j")
        try waitFor("the second article") { $0.contains("▶ Trump, Putin Say U.S.-Russia") }
        try type("Enter", "j", "j", "j", "j", "j", "j")
        // Six lines down: the title, metadata, legend and rule are gone; the caption is on top.
        try waitFor("the reader scrolled") {
            $0.contains("[reader]") && self.readerTop($0).hasPrefix("▌ U.S. President Donald Trump (left)")
        }
        let left = readerTop(try screen())
        try type("q")
        try assertTerminalRestored()
        let saved = dataHome.appendingPathComponent("parallax/reading.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: saved.path), "kept in XDG_DATA_HOME")

        // Again: the second article read (no dot), selected, and open where it was left.
        try startReader()
        let s = try screen()
        XCTAssertTrue(s.contains("▶ Trump, Putin Say U.S.-Russia"), s)
        XCTAssertTrue(s.contains("  RFE/RL · 2017-11-11 "), s)
        XCTAssertTrue(s.contains("• RFE/RL · 2017-11-12"), "the first one was only glanced at:\n\(s)")
        XCTAssertEqual(readerTop(s), left, s)
        try type("q")
        try assertTerminalRestored()
    }

    /// The reading pane's first line of text, right of the divider (a place
    /// is kept as the first words on screen: a blank line above them is not).
    private func readerTop(_ screen: String) -> String {
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            guard let bar = line.firstIndex(of: "│") else { return "" }
            let text = line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return text }
        }
        return ""
    }

    func testNoMouseFlagAndNoColor() throws {
        try startReader("--no-mouse", environment: "NO_COLOR=1")
        XCTAssertEqual(try mouseReporting(), "0 0", "with --no-mouse the terminal keeps the mouse for selecting text")
        try type("G")
        try waitFor("the last article") { $0.contains("▶ Trump, Putin Hail 'First Steps'") }
        try type("q")
        try assertTerminalRestored()
    }

    /// A folder of `copies` copies of the bundled articles, each copy a
    /// week after the last (so copies are not one event) and named apart.
    private func bigCorpus(copies: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-big-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = Binary.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        for copy in 0..<copies {
            let day = 10_957 + 7 * copy  // 2000-01-01 + a week a copy
            let date = ISO8601DateFormatter.string(from: Date(timeIntervalSince1970: Double(day) * 86_400), timeZone: .gmt,
                                                   formatOptions: [.withFullDate])
            for (i, text) in texts.enumerated() {
                let dated = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix("date:") ? "date: \(date)" : String($0) }.joined(separator: "\n")
                try dated.write(to: folder.appendingPathComponent(String(format: "copy%04d_%d.txt", copy, i)),
                                atomically: false, encoding: .utf8)
            }
        }
        return folder
    }

    func testABigCorpusShowsProgressThenTheListAndQQuitsWhileLoading() throws {
        // 400 articles: a moment for the debug build the tests run.
        let folder = try bigCorpus(copies: 80)
        defer { try? FileManager.default.removeItem(at: folder) }
        try startReader(folder.path, showing: "Parallax · loading")
        try waitFor("the progress line") { $0.contains(" / 400 articles…") }
        try waitFor("the list", seconds: 120) { $0.contains("Parallax · 400 articles · by event") && $0.contains("▶ ") }
        try type("q")
        try assertTerminalRestored()
        XCTAssertEqual(try exitStatus(), 0)

        // q while loading (without the index, which now opens this corpus at
        // once from the snapshot the first run left): the reader quits at once, with status 0.
        try startReader("--no-cache " + folder.path, showing: "Parallax · loading")
        try type("q")
        try assertTerminalRestored()
        XCTAssertEqual(try exitStatus(), 0)
        // SIGINT (Ctrl-C, sent to the reader alone as above) while loading: 128 + 2.
        try startReader("--no-cache " + folder.path, showing: "Parallax · loading")
        try Binary.run("/bin/kill", ["-INT", try readerPID()])
        try assertTerminalRestored()
        XCTAssertEqual(try exitStatus(), 130)
    }

    func testSavedWebPageShowsItsArticleAndURL() throws {
        // A page written for the tests, with navigation, comments and a footer around the story.
        try startReader("Tests/Pages", showing: "Parallax · 1 article")
        try type("Enter")
        try waitFor("the page's article") { $0.contains("Port Alden stayed off the job") }
        let s = try screen()
        XCTAssertTrue(s.contains("By Jane Rowe"), s)
        XCTAssertTrue(s.contains("https://harbourtimes.example/2024/05/06/harbour-strike-second-week"), s)
        XCTAssertTrue(s.contains("The Harbour Times · 2024-05-06"), s)
        XCTAssertFalse(s.contains("Share on Facebook") || s.contains("cookies") || s.contains("Contact us"), s)
        try type("G")
        try waitFor("the end of the article") { $0.contains("agreement before the weekend") }
        XCTAssertFalse(try screen().contains("About time someone stood up"), "comments are not the article")
        try type("q")
        try assertTerminalRestored()
    }

    /// The reader showed "👨‍👩‍👧‍👦" as "👨" and garbled "🇺🇦🇷🇺": ncurses keeps
    /// at most five code points a cell and takes a flag for one column, so
    /// such clusters are written to the terminal whole, around it. (The
    /// sequence here has six code points in 20 bytes: tmux 3.3 keeps at most
    /// 21 bytes a cell, too few for the family's 25.)
    func testEmojiSequencesAndFlagsReachTheTerminalWhole() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("parallax-emoji-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        ---
        title: Families at the border
        outlet: Test Wire
        date: 2024-05-06
        ---
        Families at the border

        The couples 👩‍❤️‍👨 waited under flags 🇺🇦🇷🇺 until dawn, the officials said.
        """.write(to: folder.appendingPathComponent("families.txt"), atomically: true, encoding: .utf8)
        try startReader(folder.path, showing: "Parallax · 1 article")
        try type("Enter")
        try waitFor("the article") { $0.contains("officials said") }
        let s = try screen()
        XCTAssertTrue(s.contains("flags 🇺🇦🇷🇺 until dawn"), "the text after the flags in place:\n\(s)")
        XCTAssertTrue(s.contains("👩‍❤️‍👨"), "the couple, all six code points:\n\(s)")
        XCTAssertTrue(s.contains("🇺🇦🇷🇺"), "both flags:\n\(s)")
        try type("q")
        try assertTerminalRestored()
    }
}
