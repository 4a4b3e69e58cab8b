/**
 * The class pages' messages, added to the catalogue when this module is evaluated. Each class
 * page's entry imports it first, before any module that words something, so every `t()` of the
 * class pages finds its message; the game's page never imports it and never downloads them.
 */
import { addMessages } from '../i18n/index.ts';
import { classPages } from '../i18n/en/class.ts';

addMessages(classPages);
