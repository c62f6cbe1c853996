import DiligencePostgres
import Testing

@testable import DiligencePostgres

/// A PostgreSQL store's URL as an operator writes it, and the SQL the store sends to it.
@Suite struct PostgresLocationTests {
    @Test func aURLNamesTheServerTheAccountAndTheDatabase() throws {
        let location = try PostgresLocation(
            url: "postgres://diligence@db.example.org:6543/partners", password: "s")
        #expect(location.host == "db.example.org" && location.port == 6543)
        #expect(location.user == "diligence" && location.database == "partners" && location.password == "s")
        #expect(location.description == "postgres://diligence@db.example.org:6543/partners")
        let defaulted = try PostgresLocation(url: "postgresql://amina@localhost/diligence", password: nil)
        #expect(defaulted.port == 5432 && defaulted.password == nil)
    }

    @Test func aPasswordInTheURLIsRefusedAndNotRepeated() {
        #expect(throws: PostgresLocation.Problem.passwordInURL(shown: "postgres://amina@localhost/diligence"))
        {
            try PostgresLocation(url: "postgres://amina:hunter2@localhost/diligence", password: nil)
        }
    }

    @Test(arguments: [
        ("diligence.sqlite", PostgresLocation.Problem.notAURL("diligence.sqlite")),
        ("postgres://localhost/diligence", .missing(part: "user", shown: "postgres://localhost/diligence")),
        ("postgres://amina@localhost", .missing(part: "database", shown: "postgres://amina@localhost")),
        (
            "postgres://amina@localhost/a/b",
            .missing(part: "database", shown: "postgres://amina@localhost/a/b")
        ),
        ("postgres://amina@localhost:0/db", .badPort("0")),
    ])
    func aBadURLSaysWhatIsWrong(_ url: String, _ problem: PostgresLocation.Problem) {
        #expect(throws: problem) { try PostgresLocation(url: url, password: nil) }
    }

    @Test func placeholdersAreNumberedOutsideQuotesAndComments() {
        #expect(PostgresSQL.numbered("SELECT 1") == "SELECT 1")
        #expect(
            PostgresSQL.numbered("UPDATE t SET a = ?, b = ? WHERE c = ?")
                == "UPDATE t SET a = $1, b = $2 WHERE c = $3")
        #expect(PostgresSQL.numbered("SELECT ?1, ?2, ?1") == "SELECT $1, $2, $1")
        #expect(
            PostgresSQL.numbered("SELECT '?', \"a?\", ? -- why?\nFROM t WHERE x = ?")
                == "SELECT '?', \"a?\", $1 -- why?\nFROM t WHERE x = $2")
    }
}

/// A schema script sent a statement at a time.
@Suite struct PostgresScriptTests {
    @Test func aScriptSplitsAtSemicolonsOutsideQuotesBodiesAndComments() {
        let script = """
            CREATE TABLE a (x TEXT DEFAULT ';');
            -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'no'; END; $$;
            INSERT INTO a VALUES ('it''s; fine')
            """
        let statements = PostgresSQL.statements(script)
        #expect(statements.count == 3)
        #expect(statements.first == "CREATE TABLE a (x TEXT DEFAULT ';')")
        #expect(statements[1].hasSuffix("END; $$") && statements[1].hasPrefix("-- a comment"))
        #expect(statements.last == "INSERT INTO a VALUES ('it''s; fine')")
    }
}
