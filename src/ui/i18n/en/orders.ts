/** English: orders, deals and why the engine refuses an order. */
export const orders = {
  'order.ship': 'Ship {what} to {to} {route}, openly',
  'order.shipCovert': 'Ship {what} to {to} {route}, in secret',
  'order.deal':
    'Offer {to} a deal: you give {give}, you get {get}, each turn for {turns, plural, one {# turn} other {# turns}}, openly',
  'order.dealCovert':
    'Offer {to} a deal: you give {give}, you get {get}, each turn for {turns, plural, one {# turn} other {# turns}}, in secret',
  'order.accept': 'Accept: {deal}',
  'order.cancel': 'Cancel: {deal}',
  'order.priorities': 'Set industry {munitions}% on munitions and send {abroad}% of spare workers abroad',
  'order.draft': 'Put a draft resolution to the Council: {draft}',
  'order.vote': 'Vote {vote, select, yes {yes} no {no} other {abstain}} on: {draft}',
  'order.monitor': 'Send the Panel of Experts to watch: {routes}',
  'order.monitorNone': 'Stop the Panel of Experts watching any route',
  'order.launch': '{n, plural, one {Test-launch a missile} other {Test-launch # missiles}}',
  'order.nuclearTest': 'Test a nuclear device',
  'order.lobby': 'Court {seat}, an elected member of the Council',
  'order.holdFuel': "Hold back this turn's fuel deliveries to North Korea",
  'order.customs': 'Tighten customs on the {route}',
  'deal.describe':
    '{proposer} gives {give} and {partner} gives {get} each turn{covert, select, 1 {, in secret} other {}} ({active, select, 1 {{left, plural, one {# turn} other {# turns}} of {turns} left} other {{turns, plural, one {# turn} other {# turns}}}})',

  'reject.routeRequired': 'Goods such as {good} need a route. Pick one that joins you and the receiver.',
  'reject.routeNotApplicable': 'Money moves through the banks: choose no route.',
  'reject.routeNotApplicableKnowHow':
    'Know-how travels with engineers and delegations, not by a route: choose no route.',
  'reject.routeClosed': 'The {route} is closed this turn.',
  'reject.routeDoesNotJoin': 'The {route} does not join you and this partner. Pick a route between you two.',
  'reject.goodNotCarried': 'The {route} does not carry {good}.',
  'reject.overCapacity':
    "Too much for the {route}: it carries at most {cap} a turn, shared by everyone's shipments and deals.",
  'reject.overCapacityPlain': 'Too much for the {route} this turn.',
  'reject.insufficientStock': 'You do not have enough: {have} in stock, and your earlier orders come first.',
  'reject.insufficientStockPlain': 'You do not have enough in stock.',
  'reject.duplicateOrder': 'You can give this kind of order only once a turn.',
  'reject.gameOver': 'The game is over.',
  'reject.notYourOrder': 'Your country cannot give this order.',
  'reject.unknownDraft': 'There is no such draft before the Council this turn.',
  'reject.tooManyDrafts': 'The Council takes at most {n, plural, one {# draft} other {# drafts}} a turn.',
  'reject.badMeasureValue': 'That number is out of range for this measure.',
  'reject.panelInactive': 'The Panel of Experts has no mandate: renew it first.',
  'reject.tooManyRoutes': 'The Panel can watch at most {n, plural, one {# route} other {# routes}} at once.',
  'reject.dealNotPending': 'This deal is no longer waiting for an answer.',
  'reject.notYourDeal': 'This deal is not open to you.',
  'reject.selfTarget': 'You cannot trade with yourself.',
  'reject.malformed': 'This order cannot be carried out.',
  'reject.alreadyInForce': 'This draft would change nothing: the same measure, or a stronger one, is already in force.',
  'reject.recentlyVetoed':
    'A draft of this kind was vetoed lately. The Council takes one up again only {turns, plural, one {# turn} other {# turns}} after a veto.',
  'reject.notYourMeasure': 'You can put only a draft that eases the sanctions; the Council majority puts the others.',
  'reject.notYourMeasureCouncil':
    'The Council majority does not put drafts that ease the sanctions; Russia or China may.',
  'reject.lobbyCost': 'Courting a seat costs {cost} of hard currency; you have {have}.',
  'reject.unknownSeat': 'There is no such seat on the Council.',
  'reject.notElectedSeat': 'Only elected members can be courted, not the five permanent members.',
  'reject.tooManyLaunches': 'One launch order fires from 1 to {n, number} missiles.',
  'reject.nothingToHold': 'No fuel is due to North Korea under your deals this turn: there is nothing to hold back.',
  'reject.notYourRoute': 'The {route} does not cross your border.',
} as const;

/** English: the orders tab and the End turn bar. */
export const ordersPanel = {
  'orders.pending': 'Your orders this turn',
  'orders.none': 'No orders yet. If you end the turn now, you hold: production and needs still run.',
  'orders.valid': 'OK as things stand (others may still use up space on a route).',
  'orders.refused': 'Would be refused: {why}',
  'orders.edit': 'Change',
  'orders.editN': 'Change order {n}',
  'orders.remove': 'Remove',
  'orders.removeN': 'Remove order {n}',
  'orders.added': 'Added: {order}',
  'orders.saved': 'Order {n} changed: {order}',
  'orders.removed': 'Order {n} removed.',
  'orders.deals': 'Deals',
  'orders.offer': 'Offered to you: {deal}',
  'orders.running': 'Running: {deal}',
  'orders.waiting': 'Waiting for an answer: {deal}',
  'orders.accept': 'Accept',
  'orders.accepted': 'Accepted (this turn)',
  'orders.cancel': 'Cancel the deal',
  'orders.cancelled': 'Cancelled (this turn)',
  'orders.give': 'Give an order',

  'end.button': 'End turn',
  'end.summary': '{n, plural, =0 {No orders} one {# order} other {# orders}}',
  'end.refused': '{n, plural, one {# would be refused} other {# would be refused}}',
  'end.next': 'Then pass the device to {next}.',
  'end.thinking':
    'Thinking… the computer {n, plural, one {player} other {players}} for {list} {n, plural, one {is} other {are}} playing this turn ahead before choosing.',
  'end.stoodIn':
    'The computer {n, plural, one {player} other {players}} for {list} could not think ahead in this browser, so {n, plural, one {it} other {they}} played last turn at the easy level.',
  'end.warnTitle': 'Some orders would be refused',
  'end.warnText':
    '{n, plural, one {One of your orders would be refused} other {# of your orders would be refused}} if the turn ended now:',
  'end.back': 'Go back and fix them',
  'end.anyway': 'End the turn anyway',
} as const;
