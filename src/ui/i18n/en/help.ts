/** English: how to play, the glossary and the first-turn walkthrough. */
export const help = {
  'help.rules': 'How to play',
  'help.glossary': 'Glossary',
  'help.close': 'Close',
  'rules.goal.title': 'The goal',
  'rules.goal.text':
    'You play one country, or the UN Security Council. Each has its own objectives, and your score (0 to 100) shows how far you meet them. At the end, the debrief compares your score with what really happened: did you do better or worse than history?',
  'rules.turn.title': 'A turn',
  'rules.turn.text':
    "Everyone gives orders in secret at the same time, then the turn is played out in a fixed order: China's moves at its border, then deals, then the Council (votes, new drafts, launches and tests), then shipments (secret ones may be spotted), then production and what each country needs, then events, then scores. Each turn is three months (in some scenarios, one month or six).",
  'rules.orders.title': 'Your orders',
  'rules.orders.text':
    "Countries ship goods or money, openly or in secret, offer each other deals that run for several turns, and decide how much of their industry makes munitions. Russia can also hand over know-how (space and weapons technology). North Korea can test missiles and nuclear devices. Russia and China vote on the Council's drafts, can put forward a draft to ease the sanctions, and can court the elected members. China can hold back the fuel it sends North Korea or tighten customs at its border. The Council puts drafts to the vote and sends its Panel of Experts to watch routes.",
  'rules.routes.title': 'Routes',
  'rules.routes.text':
    'Goods travel by a few routes (a rail bridge, a sea lane, a road bridge). Each carries only so much of each good per turn, shared by everyone, and a route can close. Money and know-how need no route.',
  'rules.secret.title': 'Secrets and spotting',
  'rules.secret.text':
    "Only the two sides see a secret shipment, unless it is spotted. The chance of that depends on the route and rises while the Panel of Experts works, more so on the routes it watches. Smuggling has a price: middlemen and bribes take a share of every secret delivery, more where it is likely to be spotted. A spotted shipment becomes evidence against both sides, evidence moves the Council's votes, and spotted goods may be seized, so neither side keeps them.",
  'rules.council.title': 'The Council',
  'rules.council.text':
    'Fifteen seats, five of them permanent (the P5: the United States, the United Kingdom, France, Russia and China). A draft passes with at least nine votes in favour and no "no" from a permanent member. Russia and China vote as their players choose; the other thirteen vote by the evidence they see, the launches and tests, and who is courting them. A draft that would change nothing is refused.',
  'rules.report.title': 'Reading a turn',
  'rules.report.text':
    'After each turn, "What changed for you" lists the few changes that moved your score most and why. The full report, the Council and your own numbers are in the tabs; "Why?" beside a number gives its causes.',
  'rules.hotseat.title': 'Sharing one device',
  'rules.hotseat.text':
    'With two or more people on one device, each gives orders in turn. A hand-off screen stands between them and shows nothing secret: pass the device when it appears.',

  'term.p5': 'P5 (permanent members)',
  'term.p5.text':
    'The five permanent members of the Security Council: the United States, the United Kingdom, France, Russia and China. Each can veto a draft.',
  'term.veto': 'Veto',
  'term.veto.text':
    'A "no" vote by a permanent member. It blocks a draft even when nine or more members vote for it. Abstaining is not a veto.',
  'term.abstain': 'Abstain',
  'term.abstain.text': 'To vote neither yes nor no. An abstention does not block a draft.',
  'term.draft': 'Draft resolution',
  'term.draft.text':
    'A decision proposed to the Security Council, such as a cap or a ban. It is voted on the turn after it is put forward.',
  'term.sanctions': 'Sanctions',
  'term.sanctions.text': 'Limits the Council puts on trade with North Korea, to slow its weapons programme.',
  'term.cap': 'Cap',
  'term.cap.text':
    'A limit on how much of a good may go into a country each year, for example refined oil into North Korea. Open deliveries count against it; secret ones only when spotted.',
  'term.ban': 'Ban',
  'term.ban.text': 'No delivery of a good at all, for example no munitions from North Korea to anyone.',
  'term.panel': 'Panel of Experts',
  'term.panel.text':
    'A group of investigators working for the Council. While its mandate lasts, secret shipments are spotted more often, more so on the routes it watches. The Council must vote to renew the mandate.',
  'term.covert': 'Secret (covert) shipment',
  'term.covert.text': 'A shipment only the two sides know about, unless it is spotted. Open ones are seen by everyone.',
  'term.detection': 'Spotting (detection)',
  'term.detection.text':
    'When a secret shipment is seen. Everyone then learns of it, it counts as evidence, both sides lose goodwill with the Council, and spotted goods may be seized.',
  'term.evidence': 'Evidence',
  'term.evidence.text':
    'What the elected members weigh when they vote: spotted shipments, open breaches, missile launches and nuclear tests, workers not sent home.',
  'term.capacity': 'Route capacity',
  'term.capacity.text':
    'How much of each good a route can carry per turn, shared by all the shipments and deals that use it.',
  'term.deal': 'Deal',
  'term.deal.text':
    'An exchange that repeats every turn for a number of turns, once the partner accepts it. Either side may give nothing (aid).',
  'term.score': 'Score',
  'term.score.text':
    'How well your objectives are met over the whole game, from 0 to 100. Each turn, an objective that reaches its target earns most of its marks, and only one at its full value earns them all; objectives count by their weight. Your score is the average of the turns played so far, so every turn counts, not only the last.',
  'term.fingerprint': 'Fingerprint',
  'term.fingerprint.text':
    'A short code that changes with every detail of the game. Two people who see the same fingerprint hold exactly the same game.',

  'walk.label': 'Walkthrough',
  'walk.step': 'Step {n} of {total}',
  'walk.next': 'Next',
  'walk.done': 'Start playing',
  'walk.skip': 'Skip the walkthrough',
  'walk.0.title': 'Welcome',
  'walk.0.text':
    'You play {actor}. This short tour shows where everything is. You can skip it, and find it again in the menu.',
  'walk.1.title': 'The map',
  'walk.1.text':
    'The routes between Russia, North Korea and China. Each turn, shipments you can see travel along them; a thicker line carries more. Pick a route on the map to use it in an order.',
  'walk.2.title': 'What changed for you',
  'walk.2.text':
    'After each turn, the few changes that moved your score most appear here, each with its reason. The full report is one click away.',
  'walk.3.title': 'The tabs',
  'walk.3.text':
    'Orders: what you do this turn. Report: everything that happened. Council: the votes and sanctions. You: your briefing, your score and your stocks.',
  'walk.4.title': 'End turn',
  'walk.4.text':
    'When your orders are ready, press End turn. Everyone\'s orders are then played out together. "How to play" and the glossary are in the menu.',
} as const;
