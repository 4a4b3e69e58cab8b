/** Entry of class.html: the students' join page. */
import '../styles.css';
import './class.css';
import { mountJoinPage } from './joinPage.ts';

const root = document.getElementById('app');
if (root === null) throw new Error('class.html has no #app element');
mountJoinPage(root, window);
