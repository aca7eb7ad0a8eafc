import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows=[];agg={}
for l in open(os.path.join(here,"gold.jsonl"),encoding="utf-8"):
    g=json.loads(l)
    pe=sum(e["type"]=="person" for e in g["entities"]); og=len(g["entities"])-pe
    su=sum(len(e["surfaces"]) for e in g["entities"])
    rows.append((g["id"],g["lang"],pe,og,su))
    a=agg.setdefault(g["lang"],[0,0,0,0]); a[0]+=1;a[1]+=pe;a[2]+=og;a[3]+=su
titles={json.loads(l)["id"]:json.loads(l)["title"] for l in open(os.path.join(here,"pages.jsonl"),encoding="utf-8")}
t1="| id | lang | persons | organizations | surfaces | title |\n|---|---|---|---|---|---|\n"
t1+="\n".join("| %s | %s | %d | %d | %d | "%r + titles[r[0]].replace("|","/")+" |" for r in rows)
t2="| lang | pages | persons | organizations | entities | surfaces |\n|---|---|---|---|---|---|\n"
T=[0,0,0,0]
for k in ["ko","ja","zh","en","de"]:
    a=agg[k]; t2+=f"| {k} | {a[0]} | {a[1]} | {a[2]} | {a[1]+a[2]} | {a[3]} |\n"
    T=[x+y for x,y in zip(T,a)]
t2+=f"| **total** | {T[0]} | {T[1]} | {T[2]} | {T[1]+T[2]} | {T[3]} |"
tmpl=open(os.path.join(here,"src","README.template.md"),encoding="utf-8").read()
open(os.path.join(here,"README.md"),"w",encoding="utf-8").write(tmpl.replace("{{PAGES}}",t1).replace("{{COUNTS}}",t2))
print(t2)
