import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
const DIST='/work/main/dist';
const T={'.html':'text/html','.js':'text/javascript','.wasm':'application/wasm','.css':'text/css','.svg':'image/svg+xml'};
const srv=createServer(async(req,res)=>{let p=new URL(req.url,'http://x').pathname; let f=join(DIST,p); try{ if((await stat(f)).isDirectory()) f=join(f,'index.html'); res.writeHead(200,{'content-type':T[extname(f)]??'application/octet-stream'}); res.end(await readFile(f));}catch{res.writeHead(404).end();}});
await new Promise(r=>srv.listen(8099,'127.0.0.1',r));
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--no-sandbox']});
const pg=await b.newPage({viewport:{width:1280,height:900}});
pg.on('console', m => { if (m.type()==='error') console.log('console error', m.text()); });
pg.on('pageerror', e => console.log('pageerror', e.message));
await pg.goto('http://127.0.0.1:8099/'+(process.argv[2]??''));
await pg.waitForSelector('[data-computing="false"]');
const t0=Date.now();
await pg.getByTestId('suggest-search').click();
let last='';
while (true) {
  const done = await pg.locator('[data-testid="suggest-answer"], .suggest-status.problem').count();
  if (done) break;
  const p = await pg.locator('[data-testid="suggest-progress"]').textContent().catch(()=> '');
  if (p!==last) { last=p; }
  await pg.waitForTimeout(1000);
  if (Date.now()-t0 > 300000) { console.log('timeout'); break; }
}
console.log('suggest took', Date.now()-t0, 'ms; last progress', last);
await pg.locator('[data-testid="suggest"]').screenshot({path:'/tmp/suggest.png'});
await b.close(); srv.close();
