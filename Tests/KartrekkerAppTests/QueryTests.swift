import Foundation
import Testing
@testable import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

@Suite struct QueryTests {
    /// Three people: Fatima (two smiles this month), Jeroen (an idea last month), and Kees,
    /// archived, with a goal this month.
    func organisation(_ backend: Backend) throws -> (Session, [Employee]) {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        let fatima = try session.addEmployee(EmployeeDraft(name: "Fatima El Amrani", team: "Klantcontact"))
        let jeroen = try session.addEmployee(EmployeeDraft(name: "Jeroen de Boer", team: "Wijkbeheer"))
        let kees = try session.addEmployee(EmployeeDraft(name: "Kees Bakker", team: "Onderhoud"))
        for day in ["2026-11-03", "2026-11-27"] {
            _ = try session.logContribution(ContributionDraft(employee: fatima.id, category: .smile, note: "Smile \(day)",
                                                              date: CalendarDate(day), values: ["Betrokken"]))
        }
        let idea = try session.logContribution(ContributionDraft(employee: jeroen.id, category: .idea, note: "Idee",
                                                                 date: CalendarDate("2026-10-12")))
        _ = try session.setIdeaStatus(idea.id, .implemented)
        _ = try session.logContribution(ContributionDraft(employee: kees.id, category: .goal, note: "Doel",
                                                          date: CalendarDate("2026-11-10")))
        _ = try session.recognize(RecognitionDraft(employee: jeroen.id, kind: .compliment, message: "Mooi",
                                                   date: CalendarDate("2026-11-02"), contributionIDs: [idea.id]))
        _ = try session.setArchived(kees.id, true)
        return (session, [fatima, jeroen, kees])
    }

    @Test(arguments: Backend.available) func leaderboardResolvesTheTeamAndNormalisesTheValue(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let month = session.period(.month, at: nil)
        #expect(month.title == "November 2026")
        let board = try session.leaderboard(LeaderboardRequest(period: month))
        #expect(board.rows.map(\.employee.id) == [people[0].id])
        let valued = try session.leaderboard(LeaderboardRequest(period: month, team: "KLANTCONTACT", value: " betrokken "))
        #expect(valued.filter.team == "Klantcontact" && valued.filter.value == "betrokken")
        #expect(valued.rows.first?.score == 10)
        #expect(throws: KartrekkerError.self) { _ = try session.leaderboard(LeaderboardRequest(period: month, team: "Nergens")) }
        #expect(try session.teams() == ["Klantcontact", "Onderhoud", "Wijkbeheer"])
        #expect(try session.valueTags() == ["betrokken"])
    }

    @Test(arguments: Backend.available) func streamingAMonthAtATimeGivesWhatTheListsGive(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        for (index, day) in ["2026-06-30", "2026-07-01", "2026-08-15", "2026-09-01", "2026-09-30"].enumerated() {
            _ = try session.logContribution(ContributionDraft(employee: people[index % 2].id, category: .beyond, note: "Oud \(day)",
                                                              date: CalendarDate(day)))
            _ = try session.recognize(RecognitionDraft(employee: people[index % 2].id, kind: .thanks, message: "Dank \(day)",
                                                       date: CalendarDate(day)))
        }
        for range in [nil, DateRange(from: CalendarDate("2026-07-01")!, to: CalendarDate("2026-09-15")!)] {
            var streamed: [Contribution] = []
            try session.streamContributions(range: range) { streamed.append($0) }
            #expect(streamed == Ordering.newestFirst(try session.store.contributions(in: range)), "\(String(describing: range))")
            var recognitions: [Recognition] = []
            try session.streamRecognitions(range: range) { recognitions.append($0) }
            #expect(recognitions == Ordering.newestFirst(try session.store.recognitions(in: range)))
            #expect(!streamed.isEmpty && !recognitions.isEmpty)
        }
        var fatimas: [Contribution] = []
        try session.streamContributions(employee: people[0].id) { fatimas.append($0) }
        #expect(fatimas.map(\.employeeId) == Array(repeating: people[0].id, count: 5))
    }

    @Test(arguments: Backend.available) func activityIsNewestFirstWithFiltersAndALimit(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let all = try session.activity()
        #expect(all.map(\.date.description) == ["2026-11-27", "2026-11-10", "2026-11-03", "2026-11-02", "2026-10-12"])
        #expect(try session.activity(limit: 2).map(\.id) == Array(all.prefix(2)).map(\.id))
        let recognitions = try session.activity(ActivityFilter(kind: .recognitions))
        #expect(recognitions.count == 1 && recognitions[0].employee?.id == people[1].id)
        #expect(try session.activity(ActivityFilter(team: "Klantcontact")).count == 2)
        #expect(try session.activity(ActivityFilter(category: .idea)).map(\.employeeId) == [people[1].id])
    }

    @Test(arguments: Backend.available) func theStoryCountsPeriodsWeeksCategoriesAndIdeas(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let story = try session.story(of: "jeroen")
        #expect(story.employee.id == people[1].id)
        #expect(story.scores.map(\.period.kind) == [.week, .month, .quarter, .year, .all])
        #expect(story.scores.map(\.score) == [0, 0, 6, 6, 6])
        #expect(story.ideas.first { $0.status == .implemented }?.count == 1)
        #expect(story.pointsByCategory.map(\.category) == [.idea])
        #expect(story.weeklyScores.count == EmployeeStory.weeks)
        // 2026-10-12 is in the Monday-week seven weeks before the week of 2026-11-30.
        #expect(story.weeklyScores == [0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0])
        #expect(story.recognitions.count == 1)
    }

    @Test(arguments: Backend.available) func theStoryListsNewestFirstWithTheIdAsTheLastTieBreak(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        let person = try session.addEmployee(EmployeeDraft(name: "Eva Smit", team: "Verhuur"))
        // The test clock does not move: same date, same recordedAt, so only the id orders them.
        var ids: [String] = []
        for _ in 0..<5 {
            ids.append(try session.logContribution(ContributionDraft(employee: person.id, category: .goal, note: "x")).id)
        }
        #expect(try session.story(of: person.id).contributions.map(\.id) == ids.sorted(by: >))
        #expect(try session.activity().map(\.id) == ids.sorted(by: >))
        #expect(try session.contributions().map(\.id) == ids.sorted(by: >))
    }

    @Test(arguments: Backend.available) func dashboardFiguresCompareWithLastMonth(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let dashboard = try session.dashboard()
        #expect(dashboard.month.title == "November 2026")
        #expect(dashboard.board.rows.map(\.employee.id) == [people[0].id])
        #expect(dashboard.figure(.contributions)?.value == 3 && dashboard.figure(.contributions)?.previous == 1)
        #expect(dashboard.figure(.recognitions)?.value == 1 && dashboard.figure(.recognitions)?.previous == 0)
        #expect(dashboard.figure(.contributing)?.value == 2)
        #expect(dashboard.figure(.ideasAdopted)?.value == 0 && dashboard.figure(.ideasAdopted)?.previous == 1)
        #expect(dashboard.activeEmployees == 2)
        #expect(dashboard.weeklyContributions.reduce(0, +) == 4)
        #expect(dashboard.nudges.rows.map(\.employee.id) == [people[0].id])
        #expect(dashboard.recent.count == 5)
    }

    @Test(arguments: Backend.available) func aRunningMonthIsComparedWithTheSameDaysOfTheMonthBefore(on backend: Backend) throws {
        let today = CalendarDate("2026-12-05")!
        let session = try AppFixtures.session(today: today, on: backend)
        defer { AppFixtures.remove(session) }
        _ = try session.loadDemo(employees: 30, years: 1)
        let contributions = try session.contributions()
        let recognitions = try session.recognitions()
        let dashboard = try session.dashboard()
        #expect(dashboard.comparison.isPartial)
        let days = [(DateRange(from: CalendarDate("2026-12-01")!, to: today)!, \Dashboard.Figure.value),
                    (DateRange(from: CalendarDate("2026-11-01")!, to: CalendarDate("2026-11-05")!)!, \Dashboard.Figure.previous)]
        #expect(dashboard.comparison.current == days[0].0 && dashboard.comparison.previous == days[1].0)
        for (range, figure) in days {
            let theirs = contributions.filter { range.contains($0.date) }
            #expect(!theirs.isEmpty)
            #expect(dashboard.figure(.contributions)?[keyPath: figure] == theirs.count, "\(range)")
            #expect(dashboard.figure(.contributing)?[keyPath: figure] == Set(theirs.map(\.employeeId)).count)
            #expect(dashboard.figure(.ideasAdopted)?[keyPath: figure] == theirs.filter { $0.ideaStatus?.isTakenUp == true }.count)
            #expect(dashboard.figure(.recognitions)?[keyPath: figure] == recognitions.filter { range.contains($0.date) }.count)
        }
        // A quarter across whole and cut months counts each person once.
        let quarter = DateRange(from: CalendarDate("2026-09-01")!, to: CalendarDate("2026-11-17")!)!
        let theirs = contributions.filter { quarter.contains($0.date) }
        let figures = try session.store.figures(in: quarter)
        #expect(figures.contributions == theirs.count && figures.contributing == Set(theirs.map(\.employeeId)).count)
        #expect(figures.ideasAdopted == theirs.filter { $0.ideaStatus?.isTakenUp == true }.count)
    }

    @Test(arguments: Backend.available) func theRecapTheReportAndFairnessReadTheSameOnEveryStore(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let (fatima, jeroen) = (people[0], people[1])
        _ = try session.recognize(RecognitionDraft(employee: fatima.id, kind: .thanks, message: "Stil bedankt", visibility: .private))
        let month = session.period(.month, at: nil)
        let recap = try session.recap(month)
        // Fatima's two smiles: one story (one per person), the longest note; Jeroen's idea is
        // October's, so no idea was taken up in November.
        #expect(recap.kartrekkers.map(\.employee.id) == [fatima.id])
        #expect(recap.stories.map(\.employee.id) == [fatima.id] && recap.ideas.isEmpty)
        #expect(recap.recognitions.map(\.recognition.message) == ["Mooi"], "the private one never appears")
        #expect(recap.figures.first { $0.kind == .contributions }.map { ($0.value, $0.previous) } ?? (0, 0) == (3, 1))
        // Jeroen asks to be left off: out of the recap by name, counted.
        _ = try session.editEmployee(jeroen.id, EmployeeDraft(onBoard: false))
        let without = try session.recap(month)
        #expect(without.recognitions.isEmpty && without.notShown == 0, "Jeroen contributed nothing in November")
        let october = try session.recap(try #require(month.previous))
        #expect(october.ideas.isEmpty && october.notShown == 1)
        let report = try session.report(of: jeroen.id, in: DateRange(from: CalendarDate("2026-10-01")!, to: CalendarDate("2026-11-30")!))
        #expect(report.ideas.map(\.ideaStatus) == [.implemented] && report.recognitions.map(\.message) == ["Mooi"])
        #expect(report.months.map(\.score) == [6, 0])
        let fairness = try session.fairness(month)
        #expect(fairness.recognitions == 2 && fairness.topThree.map(\.employee.id) == [fatima.id, jeroen.id])
        #expect(fairness.unrecognized.isEmpty)
    }

    @Test(arguments: Backend.available) func anIdeaTakenUpAwaitsItsRecognitionOnEveryStore(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        // Jeroen's October idea, implemented, has its compliment; Fatima's new one, adopted, none yet.
        #expect(try session.ideasToThank().isEmpty)
        let idea = try session.logContribution(ContributionDraft(employee: people[0].id, category: .idea, note: "Buurtapp",
                                                                 date: CalendarDate("2026-11-20")))
        #expect(try session.ideasToThank().isEmpty, "proposed is not yet taken up")
        _ = try session.setIdeaStatus(idea.id, .adopted)
        #expect(try session.ideasToThank().map(\.idea.id) == [idea.id])
        _ = try session.recognize(RecognitionDraft(employee: people[0].id, kind: .compliment, message: "Goed idee", contributionIDs: [idea.id]))
        #expect(try session.ideasToThank().isEmpty)
        // The Ideas view: the waiting ones first, then by status; a team's only.
        let waiting = try session.logContribution(ContributionDraft(employee: people[1].id, category: .idea, note: "Wacht",
                                                                    date: CalendarDate("2026-11-10")))
        let rows = try session.ideas()
        #expect(rows.map(\.id) == [waiting.id, idea.id, rows[2].id] && rows.map(\.status) == [.proposed, .adopted, .implemented])
        #expect(rows[0].waitingDays == 20 && rows[1].waitingDays == nil)
        #expect(try session.ideas(team: "klantcontact").map(\.id) == [idea.id])
    }

    @Test(arguments: Backend.available) func contactMomentsStoriesReasonsAndGiftsReadTheSameOnEveryStore(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let (fatima, jeroen) = (people[0], people[1])
        let story = SmileStory(problem: "Drie weken lekkage", action: "Zelf de loodgieter gebeld", cost: Euros("45,50"), outcome: "Opgelost")
        let told = try session.logContribution(ContributionDraft(employee: fatima.id, category: .smile, note: "Lekkage",
                                                                 date: CalendarDate("2026-11-20"), contactMoment: "reparatieverzoek", story: story))
        let schouw = try session.logContribution(ContributionDraft(employee: jeroen.id, category: .beyond, note: "Zaterdag gekeken",
                                                                   date: CalendarDate("2026-11-21"), contactMoment: "Repair request",
                                                                   story: SmileStory(outcome: "Droog")))
        // Read back whole from the store, as written.
        let read = try session.contribution(id: told.id)
        #expect(read.story == story && read.contactMoment?.key == "reparatieverzoek" && read == told)
        #expect(try session.contribution(id: schouw.id).story == SmileStory(outcome: "Droog"))
        // A board of one contact moment counts only its contributions.
        let board = try session.leaderboard(LeaderboardRequest(period: Period(.month, containing: CalendarDate("2026-11-30")!),
                                                               contactMoment: "reparatieverzoek"))
        #expect(board.rows.map(\.employee.id) == [fatima.id, jeroen.id] && board.rows.map(\.score) == [5, 4])
        // The Stories view: newest first, of a team, of a moment; the activity filter by moment.
        let november = DateRange(from: CalendarDate("2026-11-01")!, to: CalendarDate("2026-11-30")!)
        #expect(try session.stories(in: november).map(\.id) == [schouw.id, told.id])
        #expect(try session.stories(in: november, team: "klantcontact").map(\.id) == [told.id])
        #expect(try session.stories(in: november, contactMoment: ContactMoment(key: "onderhoud")).isEmpty)
        let activity = try session.activity(ActivityFilter(contactMoment: ContactMoment(key: "reparatieverzoek")), limit: 1)
        #expect(activity.map(\.id) == [schouw.id])
        // A decline's reason, and the fairness block's smiles per moment.
        let idea = try session.logContribution(ContributionDraft(employee: jeroen.id, category: .idea, note: "Sms", date: CalendarDate("2026-11-22")))
        _ = try session.setIdeaStatus(idea.id, .declined, reason: "Komt in de klantportal")
        #expect(try session.contribution(id: idea.id).declineReason == "Komt in de klantportal")
        let fairness = try session.fairness(Period(.month, containing: CalendarDate("2026-11-30")!))
        #expect(fairness.smilesByMoment.map(\.moment.key) == ["reparatieverzoek"] && fairness.smilesByMoment.map(\.smiles) == [1]
                && fairness.smilesWithoutMoment == 2)
        // Gifts with an amount, per person and year.
        _ = try session.recognize(RecognitionDraft(employee: fatima.id, kind: .gift, message: "Bloemen", date: CalendarDate("2026-11-24"),
                                                   amount: Euros("25")))
        _ = try session.recognize(RecognitionDraft(employee: fatima.id, kind: .bonus, message: "Extra", date: CalendarDate("2026-11-25"),
                                                   amount: Euros("100")))
        let gifts = try session.gifts(year: 2026)
        #expect(gifts.people.map(\.employee.id) == [fatima.id] && gifts.total == Euros("125") && gifts.giftCount == 2)
        #expect(try session.storySummary(of: fatima.id, recent: 5).giftsThisYear == Euros("125"))
        #expect(try session.story(of: fatima.id).giftsThisYear == Euros("125"))
        // A correction keeps what it does not name.
        let edited = try session.editContribution(told.id, ContributionChanges(storyOutcome: "", declineReason: nil))
        #expect(edited.story == SmileStory(problem: "Drie weken lekkage", action: "Zelf de loodgieter gebeld", cost: Euros("45.50"))
                && edited.contactMoment?.key == "reparatieverzoek")
        #expect(try session.contribution(id: told.id) == edited)
    }

    @Test(arguments: Backend.available) func residentsScoresAndMandateBudgetsReadTheSameOnEveryStore(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        try session.setResidentScore(quarter: "2026-Q3", moment: "reparatieverzoek", score: "7,8")
        try session.setResidentScore(quarter: "2026-Q4", moment: "reparatieverzoek", score: "8.1")
        try session.setResidentScore(quarter: "2026-Q4", moment: "huur-opzeggen", score: "6.4", team: "klantcontact")
        try session.setResidentScore(quarter: "2026-Q4", moment: "reparatieverzoek", score: "8.3")
        #expect(try session.residentScores().map(\.score).sorted() == [6.4, 7.8, 8.3])
        try session.setResidentScore(quarter: "2026-Q3", moment: "reparatieverzoek", score: nil)
        #expect(try session.residentScores().count == 2)
        _ = try session.logContribution(ContributionDraft(employee: people[0].id, category: .smile, note: "Lekkage", date: CalendarDate("2026-11-20"),
                                                          contactMoment: "reparatieverzoek", story: SmileStory(cost: Euros("40"))))
        let view = try session.momentQuarters(count: 2)
        #expect(view.quarters == ["2026-Q3", "2026-Q4"])
        let repair = try #require(view.rows.first { $0.moment.key == "reparatieverzoek" })
        #expect(repair.scores == [nil, 8.3] && repair.contributions == [0, 1] && repair.smiles == [0, 1])
        #expect(try session.momentQuarters(count: 1, team: "Klantcontact").lowest?.key == "huur-opzeggen")
        // A budget kept with the settings; the stories' costs booked against the team.
        _ = try session.setBudget(team: "klantcontact", year: 2026, amount: Euros("500"))
        _ = try session.setNudges("off")
        let mandate = try #require(try session.mandate(year: 2026).first)
        #expect(mandate.team == "Klantcontact" && mandate.budget == Euros("500") && mandate.spent == Euros("40") && mandate.left == 46_000)
        #expect(try session.settings().budgets == [MandateBudget(team: "Klantcontact", year: 2026, amount: Euros("500")!)])
        #expect(try !session.settings().nudges, "the other settings kept beside the budgets")
    }

    @Test(arguments: Backend.available) func residentsPraiseAndSharedCreditLandTheSameOnEveryStore(on backend: Backend) throws {
        let (session, people) = try organisation(backend)
        defer { AppFixtures.remove(session) }
        let survey = "datum;cijfer;toelichting;medewerker\n20-11-2026;9;Top geholpen;Fatima El Amrani\n21-11-2026;9;Mevrouw El Amrani en Jeroen de Boer;\n"
        let parsed = try FeedbackImport(data: Data(survey.utf8), file: "enquete.csv")
        let outcome = try session.importFeedback(parsed, dryRun: false)
        #expect(outcome.added.map(\.employeeId) == [people[0].id] && outcome.skipped.map(\.line) == [3])
        #expect(try session.importFeedback(parsed, dryRun: false).added.isEmpty, "nothing twice")
        #expect(try session.ideasToThank().map(\.idea.category) == [.praise])
        let shares = try session.logShares(ContributionDraft(employee: people[0].id, category: .beyond, note: "Samen",
                                                             date: CalendarDate("2026-11-25"), with: [people[1].id]))
        #expect(shares.map(\.with) == [[people[1].id], [people[0].id]])
        let board = try session.leaderboard(LeaderboardRequest(period: Period(.month, containing: CalendarDate("2026-11-30")!), category: .beyond))
        #expect(board.rows.map(\.score) == [4, 4])
        #expect(try session.contribution(id: shares[1].id) == shares[1])
    }

    @Test func displayConventions() throws {
        let person = Employee(id: "e-1", name: "Noë", team: "T", archived: true)
        #expect(Display.name(person, fallback: "e-1") == "Noë (archived)")
        #expect(Display.name(nil, fallback: "e-9") == "e-9")
        let idea = Contribution(id: "c", employeeId: "e-1", date: CalendarDate("2026-11-01")!, category: .idea, note: "n",
                                ideaStatus: .adopted, recordedBy: "x", recordedAt: Date())
        #expect(Display.category(idea) == "idea (adopted)")
        let thanks = Recognition(id: "r", employeeId: "e-1", date: CalendarDate("2026-11-01")!, kind: .thanks, message: "m",
                                 visibility: .private, recordedBy: "x", recordedAt: Date())
        #expect(Display.kind(thanks) == "thanks (private)")
        let month = Period(.month, containing: CalendarDate("2026-11-01")!)
        let up = LeaderboardRow(rank: 1, employee: person, score: 5, contributions: 1, recognitions: 0, previousRank: 3, previousScore: 2)
        let down = LeaderboardRow(rank: 4, employee: person, score: 5, contributions: 1, recognitions: 0, previousRank: 3, previousScore: 2)
        #expect(Display.change(up, in: month, unicode: true) == "▲2")
        #expect(Display.change(up, in: month, unicode: false) == "^2")
        #expect(Display.change(down, in: month, unicode: false) == "v1")
        #expect(Display.change(down, in: .allTime, unicode: true) == "")
        #expect(Display.bar(10, of: 20, width: 4, unicode: true) == "██")
        #expect(Display.bar(1, of: 20, width: 4, unicode: false) == "#")
        #expect(Display.unicode(environment: ["LANG": "C", "LC_ALL": "nl_NL.UTF-8"]))
        #expect(!Display.unicode(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "C"]))
    }

    @Test(arguments: Backend.available) func theSummedStoryEqualsTheFullStory(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        _ = try session.loadDemo(employees: 30, years: 2)
        for person in try session.employees(includeArchived: true).employees.prefix(12) {
            // Twice: building the summaries, then reading them from disk in a fresh session.
            for fresh in [session, Session(session.configuration)] {
                let full = try fresh.story(of: person.id)
                let summed = try fresh.storySummary(of: person.id, recent: 10)
                #expect(summed.scores.map(\.score) == full.scores.map(\.score), "\(person.name)")
                #expect(summed.weeklyScores == full.weeklyScores)
                #expect(summed.pointsByCategory.map(\.category) == full.pointsByCategory.map(\.category))
                #expect(summed.pointsByCategory.map(\.points) == full.pointsByCategory.map(\.points))
                #expect(summed.ideas.map(\.count) == full.ideas.map(\.count))
                #expect(summed.contributionCount == full.contributions.count && summed.recognitionCount == full.recognitions.count)
                #expect(summed.contributions.map(\.id) == Array(full.contributions.prefix(10)).map(\.id))
                #expect(summed.recognitions.map(\.id) == Array(full.recognitions.prefix(10)).map(\.id))
            }
        }
    }

    @Test(arguments: Backend.available) func theSummedDashboardOverviewAndNewestActivityEqualWhatAllRecordsGive(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        _ = try session.loadDemo(employees: 30, years: 2)
        let today = CalendarDate("2026-11-30")!
        let contributions = try session.contributions()
        let recognitions = try session.recognitions()
        let people = try session.employees(includeArchived: true).employees
        for fresh in [session, Session(session.configuration)] {
            let dashboard = try fresh.dashboard()
            let month = Period(.month, containing: today)
            for (period, figure) in [(month, \Dashboard.Figure.value), (month.previous!, \Dashboard.Figure.previous)] {
                let theirs = contributions.filter { period.contains($0.date) }
                #expect(dashboard.figure(.contributions)?[keyPath: figure] == theirs.count)
                #expect(dashboard.figure(.contributing)?[keyPath: figure] == Set(theirs.map(\.employeeId)).count)
                #expect(dashboard.figure(.ideasAdopted)?[keyPath: figure]
                        == theirs.filter { $0.ideaStatus == .adopted || $0.ideaStatus == .implemented }.count)
                #expect(dashboard.figure(.recognitions)?[keyPath: figure] == recognitions.filter { period.contains($0.date) }.count)
            }
            #expect(dashboard.weeklyContributions == EmployeeStory.weekly(contributions, weeks: EmployeeStory.weeks, endingAt: today) { _ in 1 })
            #expect(dashboard.board == Leaderboard(period: month, employees: people, contributions: contributions, recognitions: recognitions))
            for row in try fresh.employeeOverview() {
                let theirs = contributions.filter { $0.employeeId == row.employee.id && $0.date <= today }
                #expect(row.monthScore == theirs.filter { month.contains($0.date) }.reduce(0) { $0 + $1.points }, "\(row.employee.name)")
                #expect(row.lastContribution == theirs.map(\.date).max())
                #expect(row.lastRecognition == recognitions.filter { $0.employeeId == row.employee.id && $0.date <= today }.map(\.date).max())
            }
            let filters = [ActivityFilter(), ActivityFilter(kind: .contributions), ActivityFilter(kind: .recognitions),
                           ActivityFilter(team: people[3].team), ActivityFilter(category: .idea), ActivityFilter(employeeID: people[5].id)]
            for filter in filters {
                let all = try fresh.activity(filter)
                for limit in [1, 7, 20, 150] {
                    #expect(try fresh.activity(filter, limit: limit).map(\.id) == Array(all.prefix(limit)).map(\.id), "\(filter) \(limit)")
                }
            }
        }
    }
}
