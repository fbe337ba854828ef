#!/usr/bin/env node
/*
 * Validates APL RenderDocument bodies with Amazon's apl-suggester.
 *
 *   NODE_PATH=target/apl-suggester/node_modules node src/test/node/apl-check.js <dir>
 *
 * Every *.json file in <dir> is { "document": {...}, "datasources": {...} }, the body of an
 * Alexa.Presentation.APL.RenderDocument directive. Prints one JSON object to stdout,
 *   { "<file name>": [ { "path": "...", "message": "..." }, ... ], ... }
 * (an empty list: no findings) and exits 0. Exits 2 only when the harness itself fails: bad usage, an
 * unreadable directory or file, a file that is not JSON, or apl-suggester missing.
 *
 * What is checked, per file:
 *  - StaticAplTemplateValidator#validate(document): the document JSON schema, each primitive component's
 *    schema (unknown or misspelled properties, wrong types and enum values), the component structure rules,
 *    AVG graphics and the commands it knows about (document onMount/onConfigChange/onDisplayStateChange and
 *    the document's `commands` definitions; the last two only when the document schema passes);
 *  - StaticAplTemplateValidator#validateGraphics(document): AVG graphics even when the schema fails;
 *  - StaticAplTemplateValidator#validateDataSources(datasources): each data source is an object;
 *  - what apl-suggester reports only through its ErrorController (registered here): unknown component
 *    types, components without a type, item together with items, imports that cannot be fetched;
 *  - every command list anywhere in the document (onPress, onMount, onFocus, onDown, gestures' handlers,
 *    handleTick/handleKeyDown/handleKeyUp/handleVisibilityChange[].commands, user-defined commands'
 *    bodies, Sequential/Parallel/Select/OpenURL children, ...), which apl-suggester does not walk:
 *    standard commands with CommandSchemaValidator#validateCommand, user-defined commands against their
 *    declared parameters, anything else is an unknown command type;
 *  - component types in positions apl-suggester does not walk (firstItem, lastItem);
 *  - a VectorGraphic `source` that is a plain name must name a graphic in the document's `graphics`.
 * Values holding a data-binding expression (${...}) are not type-checked (apl-suggester skips them too).
 */
'use strict';

const fs = require('fs');
const path = require('path');

// Only the JSON result goes to stdout: anything a library logs goes to stderr.
const writeStdout = process.stdout.write.bind(process.stdout);
console.log = console.info = console.debug = (...args) => console.error(...args);

function harnessFailure(message) {
  console.error('apl-check: ' + message);
  process.exit(2);
}

if (process.argv.length !== 3) {
  harnessFailure('usage: node apl-check.js <dir>  (with apl-suggester resolvable, e.g. through NODE_PATH)');
}

let apl;
try {
  apl = require('apl-suggester');
} catch (e) {
  harnessFailure('cannot load apl-suggester (set NODE_PATH to the node_modules holding it): ' + e.message);
}
const {
  StaticAplTemplateValidator, ErrorController, ErrorDefinitions, ComponentSchemaController,
} = apl;
// Not re-exported by the package index; plain CommonJS files of the same package.
const { CommandSchemaValidator } = require('apl-suggester/dist/src/CommandSchemaValidator');

/** Properties every command accepts, user-defined ones included. */
const COMMON_COMMAND_PROPERTIES = ['type', 'description', 'delay', 'screenLock', 'sequencer', 'when'];
/** Properties of a command that hold further commands. ControlMedia's `command` is an enum string. */
const NESTED_COMMAND_KEYS = ['commands', 'command', 'catch', 'finally', 'otherwise'];
/** Properties of a component (or layout) that hold child components. */
const CHILD_COMPONENT_KEYS = ['item', 'items', 'firstItem', 'lastItem'];

const ERROR_MESSAGES = {
  [ErrorDefinitions.META_TEMPLATE_UNABLE_TO_FIND_LAYOUT.code]: (p) =>
    `unknown component type '${p.name}': neither an APL primitive component nor a layout defined in (or imported by) the document`,
  [ErrorDefinitions.COMPONENT_BUILDER_UNABLE_TO_FIND_TYPE.code]: () => 'component has no type',
  [ErrorDefinitions.COMPONENT_BUILDER_ITEM_AND_ITEMS.code]: () => 'component has both item and items',
  [ErrorDefinitions.PACKAGE_LOADER_CANNOT_FETCH_URL.code]: (p) =>
    `imported package could not be fetched (its layouts, styles and resources are not checked): ${p.url}` +
    (p.error && p.error.message ? ` (${p.error.message})` : ''),
};

// apl-suggester reports some problems only through its ErrorController singleton, whose default
// interface drops them and whose error map is empty until the definitions are registered.
let controllerErrors = [];
const errorController = ErrorController.getInstance();
errorController.registerErrors();
errorController.setErrorInterface({
  sendError(error) {
    // The controller reuses one object per error code: copy the placeholders now.
    const placeholders = Object.assign({}, error.placeholders);
    const describe = ERROR_MESSAGES[error.code];
    controllerErrors.push({
      path: placeholders.path || '/',
      message: describe
        ? describe(placeholders)
        : `apl-suggester error ${error.code} (${error.level}): ${safeJson(placeholders)}`,
    });
  },
});

const validator = new StaticAplTemplateValidator();
const commandValidator = CommandSchemaValidator.getInstance();
const STANDARD_COMMANDS = new Set(CommandSchemaValidator.COMMAND_TYPE_TO_JSON_SCHEMA.keys());

function safeJson(value) {
  try {
    return JSON.stringify(value);
  } catch (e) {
    return String(value);
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isExpression = (v) => typeof v === 'string' && v.includes('${');
const clone = (v) => JSON.parse(JSON.stringify(v));
const joinPath = (base, relative) => (!relative || relative === '/' ? base || '/' : (base === '/' ? '' : base) + relative);

/** Checks every command list in the document; apl-suggester's own command walk stops at the document level. */
function checkCommands(document) {
  const findings = [];
  const userCommands = isObject(document.commands) ? document.commands : {};
  const extensionNames = new Set((Array.isArray(document.extensions) ? document.extensions : [])
    .filter(isObject).map((e) => e.name).filter(Boolean));

  function checkList(list, at) {
    if (Array.isArray(list)) {
      list.forEach((command, i) => checkCommand(command, `${at}/${i}`));
    } else if (isObject(list)) {
      checkCommand(list, at);
    } else if (typeof list === 'string' && isExpression(list)) {
      // bound at runtime
    } else if (list !== undefined && list !== null) {
      findings.push({ path: at, message: 'should be a command or an array of commands' });
    }
  }

  function checkCommand(command, at) {
    if (!isObject(command)) {
      if (!isExpression(command)) {
        findings.push({ path: at, message: 'a command should be an object with a type' });
      }
      return;
    }
    const type = command.type;
    if (typeof type !== 'string' || type === '') {
      findings.push({ path: at, message: 'command has no type' });
    } else if (isExpression(type)) {
      // chosen at runtime
    } else if (STANDARD_COMMANDS.has(type)) {
      const flat = clone(command);
      if (type !== 'ControlMedia') {
        // validate this command's own properties; its child commands are checked one by one below
        NESTED_COMMAND_KEYS.concat(Object.keys(flat).filter((k) => /^on[A-Z]/.test(k)))
          .filter((k) => flat[k] !== undefined && typeof flat[k] !== 'string')
          .forEach((k) => { flat[k] = []; });
      }
      if (type === 'AnimateItem' && Array.isArray(flat.value) && flat.value.length > 0) {
        // apl-suggester's AnimateItem schema has `value` oneOf(object-without-type, array), which an array
        // always matches twice, so every array fails ("missing required field: "): check each item alone.
        flat.value.forEach((item, i) => {
          commandValidator.validateCommand(Object.assign({}, flat, { value: item }), type)
            .forEach((e) => findings.push({
              path: joinPath(at, e.path.startsWith('/value') ? `/value/${i}${e.path.slice('/value'.length)}` : e.path),
              message: e.errorMessage,
            }));
        });
      } else {
        commandValidator.validateCommand(flat, type)
          .forEach((e) => findings.push({ path: joinPath(at, e.path), message: e.errorMessage }));
      }
    } else if (Object.prototype.hasOwnProperty.call(userCommands, type) && isObject(userCommands[type])) {
      const parameters = (Array.isArray(userCommands[type].parameters) ? userCommands[type].parameters : [])
        .map((p) => (isObject(p) ? p.name : p)).filter((p) => typeof p === 'string');
      Object.keys(command)
        .filter((k) => !COMMON_COMMAND_PROPERTIES.includes(k) && !parameters.includes(k))
        .forEach((k) => findings.push({
          path: `${at}/${k}`,
          message: `'${k}' is not a parameter of the user-defined command '${type}'` +
            ` (parameters: ${parameters.length ? parameters.join(', ') : 'none'})`,
        }));
    } else if (/^[A-Za-z_]\w*:\w+$/.test(type) && extensionNames.has(type.split(':')[0])) {
      // an extension command of an extension the document requests: nothing to check it against
    } else {
      findings.push({
        path: `${at}/type`,
        message: `unknown command type '${type}': not a standard APL command and not defined in the document's commands`,
      });
    }
    if (type !== 'ControlMedia') {
      Object.keys(command)
        .filter((k) => NESTED_COMMAND_KEYS.includes(k) || /^on[A-Z]/.test(k))
        .forEach((k) => checkList(command[k], `${at}/${k}`));
    }
  }

  // Everything outside commands: any on* property, and the `commands` (or `command`) of event handlers
  // (handleTick, handleKeyDown, ...) and of user-defined command definitions, wherever they are.
  function walk(node, at, isRoot) {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${at}/${i}`, false));
      return;
    }
    if (!isObject(node)) {
      return;
    }
    Object.keys(node).forEach((key) => {
      const value = node[key];
      const here = `${at === '/' ? '' : at}/${key}`;
      if (key === 'data' || key === 'bind') {
        return; // data items and bound values are not APL structure
      }
      if (/^on[A-Z]/.test(key) || (!isRoot && (key === 'commands' || key === 'command'))) {
        checkList(value, here);
      } else {
        walk(value, here, false);
      }
    });
  }

  walk(document, '/', true);
  return findings;
}

/** Component types in firstItem/lastItem, which apl-suggester's component walk does not visit. */
async function checkComponentTypes(document) {
  const findings = [];
  let available;
  try {
    available = new Set(await ComponentSchemaController.getInstance().getAvailableComponents(document));
  } catch (e) {
    return findings;
  }
  function visitComponents(value, at, counted) {
    if (Array.isArray(value)) {
      value.forEach((c, i) => visitComponent(c, `${at}/${i}`, counted));
    } else {
      visitComponent(value, at, counted);
    }
  }
  function visitComponent(component, at, counted) {
    if (!isObject(component)) {
      return;
    }
    const type = component.type;
    if (!counted && typeof type === 'string' && !isExpression(type) && !available.has(type)
        && !/^\w+:\w+$/.test(type)) {
      findings.push({
        path: `${at}/type`,
        message: `unknown component type '${type}': neither an APL primitive component nor a layout defined in (or imported by) the document`,
      });
    }
    CHILD_COMPONENT_KEYS.filter((k) => component[k] !== undefined).forEach((k) => {
      // apl-suggester itself checks the types under item/items, reached only through item/items
      const suggesterSees = counted && (k === 'item' || k === 'items');
      visitComponents(component[k], `${at}/${k}`, suggesterSees);
    });
  }
  if (isObject(document.mainTemplate)) {
    visitComponent(document.mainTemplate, '/mainTemplate', true);
  }
  if (isObject(document.layouts)) {
    Object.keys(document.layouts).forEach((name) =>
      visitComponent(document.layouts[name], `/layouts/${name}`, true));
  }
  return findings;
}

/** A VectorGraphic whose source is a plain name must find that graphic in the document. */
function checkGraphicSources(document) {
  const findings = [];
  const graphics = isObject(document.graphics) ? document.graphics : {};
  const hasImports = Array.isArray(document.import) && document.import.length > 0;
  function walk(node, at) {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${at}/${i}`));
      return;
    }
    if (!isObject(node)) {
      return;
    }
    const source = node.source;
    if (node.type === 'VectorGraphic' && typeof source === 'string' && !isExpression(source)
        && !/^[a-z][a-z0-9+.-]*:/i.test(source) && !hasImports
        && !Object.prototype.hasOwnProperty.call(graphics, source)) {
      findings.push({ path: `${at}/source`, message: `no graphic named '${source}' in the document's graphics` });
    }
    Object.keys(node).filter((k) => k !== 'data' && k !== 'graphics')
      .forEach((k) => walk(node[k], `${at === '/' ? '' : at}/${k}`));
  }
  walk(document, '/');
  return findings;
}

async function checkFile(body) {
  const findings = [];
  if (!isObject(body)) {
    return [{ path: '/', message: 'the file should hold an object { "document": ..., "datasources": ... }' }];
  }
  const document = body.document;
  if (!isObject(document)) {
    findings.push({ path: '/document', message: 'missing or not an object' });
  } else {
    controllerErrors = [];
    errorController.clearExistingWarn();
    try {
      (await validator.validate(clone(document)))
        .forEach((e) => findings.push({ path: e.path, message: e.errorMessage }));
      validator.validateGraphics(clone(document))
        .forEach((e) => findings.push({ path: e.path, message: e.errorMessage }));
      findings.push(...await checkComponentTypes(clone(document)));
    } catch (e) {
      findings.push({ path: '/', message: 'apl-suggester failed on this document: ' + (e && e.stack || e) });
    }
    findings.push(...controllerErrors);
    controllerErrors = [];
    findings.push(...checkCommands(document));
    findings.push(...checkGraphicSources(document));
  }
  if (body.datasources !== undefined) {
    if (!isObject(body.datasources)) {
      findings.push({ path: '/datasources', message: 'should be an object' });
    } else {
      (await validator.validateDataSources(body.datasources))
        .forEach((e) => findings.push({ path: '/datasources/' + e.path.replace(/^Data\./, ''), message: e.errorMessage }));
    }
  }
  const seen = new Set();
  return findings.filter((f) => {
    const key = f.path + '\u0000' + f.message;
    return seen.has(key) ? false : seen.add(key);
  });
}

async function main() {
  const dir = process.argv[2];
  let names;
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    harnessFailure(`cannot read directory ${dir}: ${e.message}`);
  }
  const result = {};
  for (const name of names) {
    let body;
    try {
      body = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (e) {
      harnessFailure(`cannot read ${path.join(dir, name)}: ${e.message}`);
    }
    result[name] = await checkFile(body);
  }
  writeStdout(JSON.stringify(result, null, 2) + '\n');
}

main().then(
  () => { process.exitCode = 0; },
  (e) => harnessFailure('unexpected failure: ' + (e && e.stack || e)),
);
