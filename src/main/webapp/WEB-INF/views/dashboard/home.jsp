<fmt:message key="dashboard.title" var="title"/>
<t:layout title="${title}" active="dashboard">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1>
    <c:if test="${not empty storeChoices}"><form class="page-actions" method="get" action="<c:url value='/'/>"><t:store-filter/>
        <button type="submit" class="btn"><fmt:message key="report.show"/></button></form></c:if></div>
<t:bootstrap-progress status="${mirror}"/>
<c:set var="req" value="${pageContext.request}"/>
<c:set var="isBackOffice" value="${req.isUserInRole('OWNER') or req.isUserInRole('ADMIN')}"/>
<c:if test="${summary.sales() == 0 and isBackOffice}">
<section class="card first-steps" id="first-steps">
    <h2><fmt:message key="firstSteps.title"/></h2>
    <p class="muted"><fmt:message key="firstSteps.intro"/></p>
    <ol>
        <li class="${units > 0 ? 'done' : ''}" id="step-units"><a href="<c:url value='/satuan'/>"><fmt:message key="firstSteps.units"/></a>
            <span class="muted"><fmt:message key="firstSteps.unitsNow"><fmt:param value="${cermin:count(units)}"/></fmt:message></span></li>
        <li class="${summary.categories() > 0 ? 'done' : ''}" id="step-category"><a href="<c:url value='/kategori'/>"><fmt:message key="firstSteps.category"/></a></li>
        <li class="${summary.products() > 0 ? 'done' : ''}" id="step-product"><a href="<c:url value='/barang/baru'/>"><fmt:message key="firstSteps.product"/></a>
            <span class="muted"><fmt:message key="firstSteps.productHint"/></span></li>
        <li id="step-sale"><a href="<c:url value='/kasir'/>"><fmt:message key="firstSteps.sale"/></a>
            <span class="muted"><fmt:message key="firstSteps.saleHint"/></span></li>
    </ol>
</section>
</c:if>
<div class="cards">
    <div class="card stat"><div class="stat-value" id="stat-products"><c:out value="${cermin:count(summary.products())}"/></div><div class="stat-label"><fmt:message key="dashboard.products"/></div></div>
    <div class="card stat"><div class="stat-value" id="stat-categories"><c:out value="${cermin:count(summary.categories())}"/></div><div class="stat-label"><fmt:message key="dashboard.categories"/></div></div>
    <div class="card stat"><div class="stat-value" id="stat-sales"><c:out value="${cermin:count(summary.sales())}"/></div><div class="stat-label"><fmt:message key="dashboard.sales"/></div></div>
    <div class="card stat"><div class="stat-value" id="stat-lines"><c:out value="${cermin:count(summary.linesSold())}"/></div><div class="stat-label"><fmt:message key="dashboard.linesSold"/></div></div>
</div>
<div class="cards">
    <c:choose>
        <c:when test="${not empty profit}">
            <div class="card stat"><div class="stat-value money" id="profit-today"><c:out value="${cermin:rupiah(profit.today())}"/></div><div class="stat-label"><fmt:message key="dashboard.profitToday"/></div></div>
            <div class="card stat"><div class="stat-value money" id="profit-week"><c:out value="${cermin:rupiah(profit.week())}"/></div><div class="stat-label"><fmt:message key="dashboard.profitWeek"/></div></div>
            <div class="card stat"><div class="stat-value money" id="profit-month"><c:out value="${cermin:rupiah(profit.month())}"/></div><div class="stat-label"><fmt:message key="dashboard.profitMonth"/></div></div>
        </c:when>
        <c:otherwise>
            <div class="card stat"><div class="stat-value" id="own-sales-count"><c:out value="${cermin:count(ownSales.count())}"/></div><div class="stat-label"><fmt:message key="dashboard.ownSalesCount"/></div></div>
            <div class="card stat"><div class="stat-value money" id="own-sales-total"><c:out value="${cermin:rupiah(ownSales.total())}"/></div><div class="stat-label"><fmt:message key="dashboard.ownSalesTotal"/></div></div>
        </c:otherwise>
    </c:choose>
    <div class="card stat"><div class="stat-value" id="stat-low"><c:out value="${cermin:count(summary.lowStock())}"/></div><div class="stat-label"><fmt:message key="dashboard.lowStock"/></div></div>
</div>
<c:if test="${not empty branches}"><t:branch-figures branches="${branches}"/></c:if>
<div class="panels">
    <t:takings takings="${takings}" title="dashboard.takingsToday"/>
    <section class="card">
        <h2><fmt:message key="dashboard.chart"/></h2>
        <fmt:message key="dashboard.chart" var="chartLabel"/>
        <svg class="chart" viewBox="0 0 620 190" role="img" aria-label="<c:out value='${chartLabel}'/>">
            <line x1="10" y1="160" x2="610" y2="160" class="axis"/>
            <c:forEach items="${days}" var="d" varStatus="i">
                <rect x="${14 + i.index * 20}" y="${160 - d.heightPercent() * 1.5}" width="14"
                      height="${d.heightPercent() * 1.5}" class="bar"><title><c:out value="${d.day()}: ${cermin:rupiah(d.total())}"/></title></rect>
                <c:if test="${i.index % 5 == 4 or i.last}">
                    <text x="${21 + i.index * 20}" y="178" class="label"><c:out value="${d.day().dayOfMonth}/${d.day().monthValue}"/></text>
                </c:if>
            </c:forEach>
        </svg>
    </section>
    <section class="card">
        <h2><fmt:message key="dashboard.lastSale"/></h2>
        <c:choose>
            <c:when test="${empty lastSale}"><p class="muted"><fmt:message key="common.none"/></p></c:when>
            <c:otherwise>
                <p id="last-sale"><strong><c:out value="${lastSale.receiptNo()}"/></strong><br>
                    <c:out value="${cermin:dateTime(lastSale.soldAt())}"/> · <c:out value="${cermin:rupiah(lastSale.total())}"/></p>
                <p class="muted"><fmt:message key="dashboard.lastSaleHint"/></p>
            </c:otherwise>
        </c:choose>
    </section>
    <section class="card">
        <h2><fmt:message key="dashboard.lowStock"/></h2>
        <c:choose>
            <c:when test="${empty lowStock}"><p class="muted"><fmt:message key="dashboard.lowStockNone"/></p></c:when>
            <c:otherwise>
                <table class="data">
                    <thead><tr><th><fmt:message key="product.name"/></th><c:if test="${mirror.isHub()}"><th><fmt:message key="report.store"/></th></c:if>
                        <th class="num"><fmt:message key="product.stock"/></th><th class="num"><fmt:message key="product.minStock"/></th></tr></thead>
                    <tbody>
                    <c:forEach items="${lowStock}" var="p">
                        <tr class="low"><td><c:out value="${p.name()}"/></td><c:if test="${mirror.isHub()}"><td><c:out value="${p.store()}"/></td></c:if>
                            <td class="num nowrap"><c:out value="${cermin:qty(p.stock()) += ' ' += p.unitCode()}"/></td>
                            <td class="num"><c:out value="${cermin:qty(p.minStock())}"/></td></tr>
                    </c:forEach>
                    </tbody>
                </table>
            </c:otherwise>
        </c:choose>
    </section>
    <section class="card" id="mirror-panel">
        <h2><fmt:message key="dashboard.node"/></h2>
        <p><fmt:message key="dashboard.nodeName"/>: <strong><c:out value="${nodeIdentity.node()}"/></strong></p>
        <p><fmt:message key="dashboard.role"/>: <strong><fmt:message key="node.${nodeIdentity.roleName()}"/></strong></p>
        <t:mirror-status status="${mirror}" detail="${isBackOffice}"/>
        <c:if test="${mirror.isHub()}">
            <table class="data" id="mirror-stores">
                <thead><tr><th><fmt:message key="mirror.store"/></th><th><fmt:message key="mirror.lastSuccess"/></th></tr></thead>
                <tbody>
                <c:forEach items="${mirror.stores()}" var="s">
                    <tr><td class="name"><c:out value="${s.node()}"/></td>
                        <td><c:choose>
                            <c:when test="${empty s.lastSuccessAt()}"><fmt:message key="mirror.never"/></c:when>
                            <c:otherwise><t:elapsed seconds="${s.successSecondsAgo()}" ago="true"/></c:otherwise>
                        </c:choose></td></tr>
                </c:forEach>
                <c:if test="${empty mirror.stores()}"><tr><td colspan="2" class="muted"><fmt:message key="mirror.storesNone"/></td></tr></c:if>
                </tbody>
            </table>
        </c:if>
        <c:if test="${isBackOffice}">
            <div class="panel-actions">
                <c:if test="${not mirror.isHub()}">
                    <form class="inline" method="post" action="<c:url value='/sync'/>">
                        <t:csrf/><input type="hidden" name="back" value="/">
                        <button type="submit" class="btn btn-primary btn-small" id="sync-now"><fmt:message key="mirror.syncNow"/></button>
                    </form>
                </c:if>
                <a class="btn btn-small" href="<c:url value='/sinkronisasi'/>"><fmt:message key="mirror.details"/></a>
            </div>
        </c:if>
    </section>
    <c:if test="${not empty failedLogins}">
        <section class="card" id="failed-logins">
            <h2><fmt:message key="dashboard.failedLogins"/></h2>
            <table class="data wrap">
                <thead><tr><th><fmt:message key="report.time"/></th><th><fmt:message key="login.username"/></th>
                    <th><fmt:message key="dashboard.failedLoginAddress"/></th><th><fmt:message key="mirror.store"/></th></tr></thead>
                <tbody>
                <c:forEach items="${failedLogins}" var="f">
                    <tr><td class="nowrap"><c:out value="${cermin:dateTime(f.at)}"/></td><td><c:out value="${f.username}"/></td>
                        <td><c:out value="${f.detail}"/></td><td><c:out value="${f.originNode}"/></td></tr>
                </c:forEach>
                </tbody>
            </table>
        </section>
    </c:if>
</div>
</t:layout>
