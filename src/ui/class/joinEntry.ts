/** Entry of class.html: the students' join page. */
// First: the class pages' messages (see messages.ts).
import './messages.ts';
import '../styles.css';
import './class.css';
import { mountJoinPage } from './joinPage.ts';

const root = document.getElementById('app');
if (root === null) throw new Error('class.html has no #app element');
mountJoinPage(root, window);
