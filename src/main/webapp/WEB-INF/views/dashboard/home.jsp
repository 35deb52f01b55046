<fmt:message key="dashboard.title" var="title"/>
<t:layout title="${title}" active="dashboard">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<div class="cards">
    <div class="card stat"><div class="stat-value"><c:out value="${summary.products()}"/></div><div class="stat-label"><fmt:message key="dashboard.products"/></div></div>
    <div class="card stat"><div class="stat-value"><c:out value="${summary.categories()}"/></div><div class="stat-label"><fmt:message key="dashboard.categories"/></div></div>
    <div class="card stat"><div class="stat-value"><c:out value="${summary.sales()}"/></div><div class="stat-label"><fmt:message key="dashboard.sales"/></div></div>
    <div class="card stat"><div class="stat-value"><c:out value="${summary.lowStock()}"/></div><div class="stat-label"><fmt:message key="dashboard.lowStock"/></div></div>
</div>
<div class="panels">
    <section class="card">
        <h2><fmt:message key="dashboard.lowStock"/></h2>
        <c:choose>
            <c:when test="${empty lowStock}"><p class="muted"><fmt:message key="dashboard.lowStockNone"/></p></c:when>
            <c:otherwise>
                <table class="data">
                    <thead><tr><th><fmt:message key="product.name"/></th><th class="num"><fmt:message key="product.stock"/></th><th class="num"><fmt:message key="product.minStock"/></th></tr></thead>
                    <tbody>
                    <c:forEach items="${lowStock}" var="p">
                        <tr class="low"><td><c:out value="${p.name}"/></td>
                            <td class="num nowrap"><c:out value="${cermin:qty(p.stock) += ' ' += p.unitCode}"/></td>
                            <td class="num"><c:out value="${cermin:qty(p.minStock)}"/></td></tr>
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
        <p class="muted"><fmt:message key="dashboard.mirrorPending"/></p>
    </section>
</div>
</t:layout>
