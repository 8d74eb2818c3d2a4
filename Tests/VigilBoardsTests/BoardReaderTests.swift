import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport
import VigilXML

/// The real board files read into models, and the reader's handling of folders and broken files.
@Suite struct BoardReaderTests {
  @Test func readsEveryBoardInTheFolder() throws {
    let reader = try BoardReader()
    let (boards, diagnostics) = reader.read(folderAt: Repository.path("Boards"))
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(boards.map(\.id) == ["fl-bon", "mi-nursing", "ms-bon", "tx-bon", "tx-tmb"])
    #expect(try reader.boards(at: Repository.path("Boards")).count == 5)
  }

  @Test func everyRuleCitesSourcesThatExist() throws {
    let boards = try BoardReader().boards(at: Repository.path("Boards"))
    for board in boards {
      var citations = [board.cycle.citation, board.unit.citation, board.generalCredit.citation]
      citations += board.totals.map(\.citation) + board.requirements.map(\.citation)
      citations += board.certifications.map(\.citation) + board.caps.map(\.citation)
      citations += board.subtotals.map(\.citation)
      citations += [
        board.firstRenewal?.citation, board.noDuplicateActivity?.citation, board.retention?.citation,
        board.carryForward?.citation, board.cure?.citation,
      ]
      .compactMap { $0 }
      for citation in citations {
        #expect(!citation.text.isEmpty, "\(board.id)")
        #expect(!citation.sourceIDs.isEmpty, "\(board.id): \(citation.text)")
        for id in citation.sourceIDs {
          #expect(board.source(id: id)?.href.hasPrefix("http") == true, "\(board.id): \(id)")
        }
      }
      #expect(board.requirements.allSatisfy { !$0.title.isEmpty })
    }
  }

  @Test func texasNursing() throws {
    let board = try RealBoards.board("tx-bon")
    #expect(board.name == "Texas Board of Nursing")
    #expect(board.licenseTypes == ["RN", "LVN", "APRN"])
    #expect(board.cycle.months == 24 && board.cycle.anchor == .licenseExpiry)
    #expect(board.unit.minutesPerHour == 60 && board.unit.roundingStepMinutes == nil)
    #expect(board.totals.map(\.minutes) == [1200, 1200])
    let trafficking = try #require(board.requirement(id: "tx-human-trafficking"))
    #expect(trafficking.title == "Human trafficking prevention (Texas HHSC-approved)")
    #expect(trafficking.approvers == .only(["TX-HHSC"]))
    #expect(trafficking.minutes == nil)
    #expect(trafficking.appliesTo == [Applicability(attributes: ["direct-patient-care"])])
    #expect(trafficking.effective == date(2020, 9, 1))
    #expect(trafficking.citation.text.hasPrefix("22 TAC 216.3(i)"))
    #expect(!trafficking.citation.text.contains("ch. 116"))
    #expect(trafficking.placement == .separate)
    #expect(board.requirement(id: "tx-jurisprudence-ethics")?.frequency == .everyNthCycle(every: 3, firstDue: 3))
    #expect(board.requirement(id: "tx-forensic-evidence")?.frequency == .oneTime)
    #expect(board.requirement(id: "tx-forensic-evidence")?.retainIndefinitely == true)
    #expect(board.requirement(id: "tx-forensic-evidence")?.appliesTo.count == 2)
    #expect(board.requirement(id: "tx-aprn-pharmacotherapeutics")?.placement == .onTop)
    #expect(board.requirement(id: "tx-aprn-opioid-prescribing")?.frequency == .yearly)
    #expect(board.certifications.first?.waives == ["tx-total", "tx-aprn-total"])
    #expect(board.total(id: "tx-aprn-total")?.title.contains("APRN") == true)
    #expect(
      board.licenseAttributes == [
        "direct-patient-care", "emergency-room", "national-certification", "older-adult-population",
        "opioid-prescriptive-authority", "prescriptive-authority", "sexual-assault-forensic-exams",
      ])
  }

  @Test func floridaNursing() throws {
    let board = try RealBoards.board("fl-bon")
    #expect(board.unit.roundingStepMinutes == 30)
    #expect(board.unit.counted(96) == 90)
    #expect(board.totals.map(\.minutes) == [1440])
    #expect(board.requirement(id: "fl-domestic-violence")?.placement == .onTop)
    #expect(board.requirement(id: "fl-domestic-violence")?.frequency == .everyNthCycle(every: 3, firstDue: 3))
    #expect(board.requirement(id: "fl-impairment")?.frequency == .everyNthCycle(every: 2, firstDue: 2))
    #expect(board.requirement(id: "fl-laws-and-rules")?.approvers == .only(["FL-BON"]))
    #expect(board.requirement(id: "fl-human-trafficking")?.minutes == 120)
    #expect(board.requirement(id: "fl-human-trafficking")?.notes.contains { $0.kind == .conflict } == true)
    #expect(board.firstRenewal?.exemption?.attribute == "licensed-by-examination")
    #expect(board.firstRenewal?.exemption?.waives == ["fl-total", "fl-impairment", "fl-domestic-violence"])
    #expect(board.firstRenewal?.prorationMinutesPerMonth == 60)
    #expect(board.caps.first?.minutes == 720 && board.caps.first?.approvers == ["AMA-PRA-1"])
    #expect(board.generalCredit.accepts("AMA-PRA-1", licenseType: "APRN"))
    #expect(!board.generalCredit.accepts("AMA-PRA-1", licenseType: "RN"))
  }

  @Test func michiganNursing() throws {
    let board = try RealBoards.board("mi-nursing")
    #expect(board.totals.map(\.minutes) == [1500])
    #expect(board.requirement(id: "mi-human-trafficking")?.frequency == .oneTime)
    #expect(board.requirement(id: "mi-human-trafficking")?.placement == .separate)
    #expect(board.requirement(id: "mi-human-trafficking")?.approvers == .any)
    #expect(board.caps.map(\.period) == [.day] && board.caps.first?.minutes == 720)
    #expect(board.noDuplicateActivity != nil)
    #expect(board.retention?.years == 4)
    let bias = try #require(board.requirement(id: "mi-implicit-bias"))
    #expect(bias.placement == .withinTotal && bias.retainYears == 6 && bias.minutes == 120)
    #expect(bias.citation.sourceIDs == ["r-338-7004", "r-338-7004-justia", "lara-2023-7004"])
    #expect(board.carryForward == nil)
  }

  @Test func mississippiNursing() throws {
    let board = try RealBoards.board("ms-bon")
    #expect(board.cycle.anchor == .licenseExpiry)
    let outOfPractice = try #require(board.totals.first)
    #expect(outOfPractice.minutes == 1200 && outOfPractice.lookBackMonths == 24)
    #expect(
      outOfPractice.appliesTo == [
        Applicability(licenseTypes: ["RN", "LPN"], attributes: ["out-of-practice-over-5-years"])
      ])
    #expect(outOfPractice.notes.contains { $0.kind == .conflict && $0.sourceIDs == ["legalclarity"] })
    let controlled = try #require(board.requirement(id: "ms-aprn-controlled-substances"))
    #expect(controlled.minutes == 300 && controlled.appliesTo == [Applicability(licenseTypes: ["APRN"])])
  }

  @Test func texasMedicalBoard() throws {
    let board = try RealBoards.board("tx-tmb")
    #expect(board.totals.map(\.id) == ["tmb-total"] && board.totals.first?.minutes == 48 * 60)
    let formal = try #require(board.subtotal(id: "tmb-formal"))
    #expect(
      (formal.totalID, formal.minutes, formal.approvers, formal.topics) == ("tmb-total", 24 * 60, ["AMA-PRA-1"], []))
    let trafficking = try #require(board.requirement(id: "tmb-human-trafficking"))
    #expect(trafficking.frequency == .everyNthCycle(every: 3, firstDue: 1))
    #expect(trafficking.minutes == 60)
    #expect(trafficking.approvers == .only(["AMA-PRA-1", "TX-HHSC"]))
    #expect(trafficking.occurrenceLimits == ["TX-HHSC": 1])
    #expect(board.requirement(id: "tmb-ethics")?.minutes == 120)
    #expect(
      board.firstRenewal?.exemption == FirstRenewalRule.Exemption(attribute: nil, waives: ["tmb-total", "tmb-ethics"]))
    #expect(board.carryForward?.minutes == 48 * 60)
    #expect(board.carryForward?.excludes == ["tmb-human-trafficking", "tmb-ethics"])
    #expect(board.cure?.days == 30)
    #expect(board.licenseAttributes == ["direct-patient-care"])
  }

  @Test func emptyFolderIsAFileLevelProblem() throws {
    let directory = TemporaryDirectory()
    let (boards, diagnostics) = try BoardReader().read(folderAt: directory.path)
    #expect(boards.isEmpty)
    #expect(diagnostics.map(\.ruleID) == [.boardMissing])
    #expect(diagnostics.first?.location == SourceLocation(line: 1, column: 1))
    #expect(diagnostics.first?.ruleID.isFileLevel == true)
  }

  @Test func loadingThrowsOnTheFirstError() throws {
    var fixture = BoardFixture()
    fixture.replace(#"every="3""#, with: #"every="0""#)
    let directory = TemporaryDirectory()
    directory.write("fixture.xml", fixture.xml)
    let reader = try BoardReader()
    #expect {
      try reader.boards(at: directory.path)
    } throws: { error in
      let message = (error as? BoardError)?.message ?? ""
      return message.contains("fixture.xml:22:77:") && message.contains("[board-frequency]")
        && message.contains("vigil validate")
    }
    #expect(throws: BoardError.self) { try reader.boards(at: directory.appending("missing")) }
  }
}
