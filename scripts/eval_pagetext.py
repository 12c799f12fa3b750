import json,gzip,subprocess,re,collections,sys
gold={}
for setname in ('naeb','zyte_aeb'):
    for l in open(f'/work/shared/data/corpus/{setname}/articles.jsonl'):
        d=json.loads(l); gold[(setname if setname=='naeb' else 'zyte_aeb',str(d['id']))]=d
rows=[json.loads(l) for l in gzip.open('/work/shared/data/corpus/pagetext_stress.jsonl.gz','rt')]
inp='\n'.join(json.dumps({'id':f"{r['set']}|{r['id']}",'text':r['pagetext']}) for r in rows)
out=subprocess.run(['./target/release/dateline','parse','--format','jsonl','--input','jsonl'],input=inp.encode(),capture_output=True).stdout.decode()
def toks(s): return re.findall(r'\w+',s.lower())
P=R=F=n=0; title_ok=title_n=0; auth_ok=auth_n=0; date_ok=date_n=0
worst=[]
for line in out.splitlines():
    a=json.loads(line)
    if 'error' in a: continue
    s,i=a['id'].split('|',1)
    key=(s if s=='naeb' else 'zyte_aeb', i)
    g=gold.get(key)
    if not g: continue
    body=' '.join(a['text'][p['start']:p['end']] for p in a['paragraphs'])
    gt=collections.Counter(toks(g['text'])); pt=collections.Counter(toks(body))
    inter=sum((gt&pt).values())
    p=inter/max(1,sum(pt.values())); r=inter/max(1,sum(gt.values()))
    f=2*p*r/(p+r) if p+r else 0
    P+=p;R+=r;F+=f;n+=1
    worst.append((f,a['id'],p,r))
    if g.get('title'):
        title_n+=1; title_ok+= (a.get('headline') or '').strip()==g['title'].strip()
    if g.get('date'):
        date_n+=1; date_ok+= (a.get('published') or '')==g['date'][:10]
    if g.get('authors'):
        auth_n+=1; auth_ok+= sorted(x.lower() for x in a['authors'])==sorted(x.lower() for x in g['authors'])
print(f'docs {n}  body P {P/n:.3f} R {R/n:.3f} F1 {F/n:.3f}  title exact {title_ok}/{title_n}  authors exact {auth_ok}/{auth_n}  date exact {date_ok}/{date_n}')
worst.sort()
for w in worst[:int(sys.argv[1]) if len(sys.argv)>1 else 8]: print(w)
