import Foundation
import XCTest

/// `parallax add` against a web server the test runs on 127.0.0.1: what
/// is saved, under which name, and that every failure leaves the folder
/// untouched.
final class AddCommandTests: XCTestCase {
    nonisolated(unsafe) private static var server: TestPageServer?
    private var server: TestPageServer!
    private var folder: URL!

    override func setUpWithError() throws {
        if Self.server == nil { Self.server = try TestPageServer(pages: AddPages.all) }
        server = Self.server
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-add-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    override class func tearDown() {
        server?.stop()
        server = nil
        super.tearDown()
    }

    /// Runs `parallax add` in the test's folder; requests to 127.0.0.1 go
    /// direct even where a proxy is configured.
    private func add(_ arguments: String...) throws -> Binary.Result {
        try Binary.run(Binary.parallax, ["add"] + arguments, in: folder,
                       environment: ["no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"])
    }

    /// Every file in `corpus` (hidden ones too, so a leftover temp file shows).
    private func savedFiles(_ name: String = "corpus") -> [String] {
        let dir = folder.appendingPathComponent(name)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    private func saved(_ file: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent("corpus").appendingPathComponent(file))
    }

    func testSavesThePageAsServedUnderOutletDateAndTitle() throws {
        let result = try add(server.url("/pages/article.html"))
        XCTAssertEqual(result.status, 0, result.stderr)
        let name = "the-harbour-times_2024-05-06_strike-goes-on-at-the-port.html"
        XCTAssertEqual(result.stdout, """
            saved corpus/\(name)
              title: Strike Goes On at the Port
              outlet: The Harbour Times
              date: 2024-05-06

            """)
        XCTAssertEqual(savedFiles(), [name])
        XCTAssertEqual(try saved(name), AddPages.article)
        XCTAssertTrue(server.userAgents.last?.hasPrefix("Parallax/") ?? false, "\(server.userAgents)")
        // The saved page is a corpus article.
        let list = try Binary.run(Binary.parallax, ["list", "corpus"], in: folder)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("The Harbour Times\t2024-05-06\tStrike Goes On at the Port"), list.stdout)
    }

    func testAddingThePageAgainSavesACopyAndKeepsTheFirst() throws {
        XCTAssertEqual(try add(server.url("/pages/article.html")).status, 0)
        let first = "the-harbour-times_2024-05-06_strike-goes-on-at-the-port.html"
        try Data("edited by hand".utf8).write(to: folder.appendingPathComponent("corpus/\(first)"))
        let again = try add(server.url("/pages/article.html"))
        XCTAssertEqual(again.status, 0, again.stderr)
        let second = "the-harbour-times_2024-05-06_strike-goes-on-at-the-port-2.html"
        XCTAssertTrue(again.stdout.hasPrefix("saved corpus/\(second)\n"), again.stdout)
        XCTAssertEqual(Set(savedFiles()), [first, second])
        XCTAssertEqual(try saved(first), Data("edited by hand".utf8))
        XCTAssertEqual(try saved(second), AddPages.article)
    }

    func testNonASCIIPageKeepsItsBytesAndGetsAnASCIIName() throws {
        let result = try add(server.url("/pages/greve.html"), "--to", "pages")
        XCTAssertEqual(result.status, 0, result.stderr)
        let name = "le-courrier-du-port_2024-05-07_greve-les-dockers-de-saint-nazaire-tiennent-bon.html"
        XCTAssertTrue(result.stdout.hasPrefix("saved pages/\(name)\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  title: Grève : les dockers de Saint-Nazaire tiennent bon\n"), result.stdout)
        XCTAssertEqual(savedFiles("pages"), [name])
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("pages/\(name)")), AddPages.greve)
    }

    func testFollowsFiveRedirectsAndAcceptsAPageWithoutContentType() throws {
        let redirected = try add(server.url("/redirect/5"))
        XCTAssertEqual(redirected.status, 0, redirected.stderr)
        let untyped = try add(server.url("/untyped"))
        XCTAssertEqual(untyped.status, 0, untyped.stderr)
        XCTAssertEqual(savedFiles().count, 2)
    }

    func testEachFailureSaysWhyAndWritesNothing() throws {
        let cases: [(path: String, reason: String)] = [
            ("/pages/home.html", "no article text found"),
            ("/report.pdf", "not a web page (Content-Type application/pdf)"),
            ("/data.json", "not a web page (Content-Type application/json)"),
            ("/missing.html", "HTTP 404 (not found)"),
            ("/error", "HTTP 500"),
            ("/redirect/6", "more than 5 redirects"),
            ("/huge", "larger than 10 MB"),
            ("/huge-declared", "larger than 10 MB"),
        ]
        for (path, reason) in cases {
            let url = server.url(path)
            let result = try add(url)
            XCTAssertEqual(result.status, 1, path)
            XCTAssertTrue(result.stderr.contains("parallax: \(url): "), "\(path): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(reason), "\(path): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("nothing saved"), "\(path): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", path)
            XCTAssertEqual(savedFiles(), [], path)
        }
    }

    func testTimesOut() throws {
        let start = Date()
        let result = try add(server.url("/slow"), "--timeout", "1")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("timed out"), result.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 6)
        XCTAssertEqual(savedFiles(), [])
    }

    func testUnreachableServerIsNamed() throws {
        let url = "http://127.0.0.1:\(TestPageServer.closedPort())/news/strike"
        let result = try add(url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("parallax: \(url): cannot reach the server"), result.stderr)
        XCTAssertEqual(savedFiles(), [])
    }

    func testAddsALocalFileAndRefusesOtherFiles() throws {
        let page = folder.appendingPathComponent("saved page.html")
        try AddPages.article.write(to: page)
        let pdf = folder.appendingPathComponent("report.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: pdf)
        let result = try add(page.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let name = "the-harbour-times_2024-05-06_strike-goes-on-at-the-port.html"
        XCTAssertEqual(savedFiles(), [name])
        XCTAssertEqual(try saved(name), AddPages.article)

        let refused = try add("report.pdf", "missing.html")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("parallax: report.pdf: not a web page (a PDF document)"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("parallax: missing.html: no such file"), refused.stderr)
        XCTAssertEqual(savedFiles(), [name])
    }

    func testSeveralSourcesSaveWhatTheyCanAndReportTheRest() throws {
        let result = try add(server.url("/pages/article.html"), server.url("/missing.html"),
                             server.url("/pages/greve.html"), "--format", "json")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(server.url("/missing.html")), result.stderr)
        XCTAssertEqual(savedFiles().count, 2)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let saved = json["saved"] as! [[String: Any]]
        XCTAssertEqual(saved.map { $0["outlet"] as? String }, ["The Harbour Times", "Le Courrier du Port"])
        XCTAssertEqual(saved.first?["date"] as? String, "2024-05-06")
        XCTAssertEqual(saved.first?["path"] as? String,
                       "corpus/the-harbour-times_2024-05-06_strike-goes-on-at-the-port.html")
        let failed = json["failed"] as! [[String: Any]]
        XCTAssertEqual(failed.map { $0["source"] as? String }, [server.url("/missing.html")])
    }
}

/// The pages the test server serves, invented for these tests.
enum AddPages {
    static let all: [String: Data] = ["article.html": article, "home.html": home, "greve.html": greve]

    static let article = Data("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Strike goes on at the port | The Harbour Times</title>
        <meta property="og:title" content="Strike Goes On at the Port">
        <meta property="og:site_name" content="The Harbour Times">
        <meta property="article:published_time" content="2024-05-06T08:30:00Z">
        </head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article>
        <h1>Strike Goes On at the Port</h1>
        <p>Dock workers at the northern harbour stayed away from the cranes for a third day on Monday, after talks between the union and the port authority broke down late on Sunday night without an agreement on pay.</p>
        <p>"We are not going back until the offer matches what the cost of living has done to our wages," said Mara Lind, who leads the dockers' branch of the union. She said members had voted by a wide margin to continue.</p>
        <p>The port authority said in a statement that it regretted the disruption and that its offer of a four per cent rise this year remained on the table. Ships waiting to unload were being sent to the southern terminal where possible.</p>
        <p>Local shops said trade had fallen since the strike began, and the city council called on both sides to return to talks before the weekend, when the summer ferry timetable starts.</p>
        </article>
        <footer>© The Harbour Times. All rights reserved.</footer>
        </body>
        </html>

        """.utf8)

    /// A home page: links and headlines, no article body.
    static let home = Data("""
        <!DOCTYPE html>
        <html><head><title>The Harbour Times — News from the harbour</title>
        <meta property="og:site_name" content="The Harbour Times"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <ul>
        <li><a href="/news/strike">Strike goes on at the port</a></li>
        <li><a href="/news/ferry">Summer ferry timetable starts</a></li>
        <li><a href="/news/council">Council meets on harbour plan</a></li>
        <li><a href="/sport/regatta">Regatta results</a></li>
        </ul>
        </body></html>

        """.utf8)

    /// A French page: accents in the title, a non-breaking space before the colon.
    static let greve = Data("""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta property="og:title" content="Grève\u{A0}: les dockers de Saint-Nazaire tiennent bon">
        <meta property="og:site_name" content="Le Courrier du Port">
        <meta property="article:published_time" content="2024-05-07T06:00:00+02:00">
        </head>
        <body>
        <article>
        <h1>Grève : les dockers de Saint-Nazaire tiennent bon</h1>
        <p>Les dockers du port de Saint-Nazaire ont reconduit mardi la grève entamée la semaine dernière, après l’échec des négociations salariales avec la direction du port, qui propose une hausse de quatre pour cent.</p>
        <p>« Nous ne reprendrons pas le travail tant que l’offre ne suivra pas l’inflation », a déclaré Jeanne Corbel, déléguée syndicale, devant les grilles du terminal où une centaine de grévistes s’étaient rassemblés dès l’aube.</p>
        <p>La direction du port affirme que des navires ont déjà été détournés vers d’autres terminaux et appelle à la reprise du dialogue. Les commerçants du quartier disent ressentir les effets de la grève depuis plusieurs jours.</p>
        </article>
        </body>
        </html>

        """.utf8)
}
